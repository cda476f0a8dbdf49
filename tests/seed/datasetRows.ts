import { beforeAll } from 'vitest';
import { runSeed } from '../../src/seed/load.js';
import { SEED_DIR } from '../../src/seed/sample.js';
import { testDatabase } from '../helpers/database.js';
import { emptyGraph } from '../helpers/seed.js';

/** What the East Qalamoun dataset tests read the seeded graph with. */

export const ARTICLE = 'article:2018-04-23-syria-direct-east-qalamoun';
const db = testDatabase();

/** Seeds the sample dataset into an empty graph before the file's tests. */
export function withSampleDataset(): void {
  beforeAll(async () => {
    await emptyGraph();
    await runSeed(db, { paths: [SEED_DIR] });
  });
}

export async function rows(cypher: string, params: Record<string, unknown> = {}) {
  return db.read(async (tx) =>
    (await tx.run(cypher, params)).records.map((r) =>
      JSON.parse(
        JSON.stringify(r.toObject(), (_k, v) =>
          typeof v === 'object' && v?.low !== undefined && v?.high !== undefined ? v.low : v,
        ),
      ),
    ),
  );
}

/** Statements of a kind about a subject, with their object and every attribution's reporter and carrier. */
const STATEMENTS = `
MATCH (s:Statement {kind: $kind})-[:SUBJECT]->(subject:Entity)
WHERE $subject IS NULL OR subject.id = $subject
OPTIONAL MATCH (s)-[:OBJECT]->(object:Entity)
MATCH (s)-[:HAS_ATTRIBUTION]->(a:Attribution)-[:REPORTED_BY]->(reporter:Entity)
MATCH (a)-[:CARRIED_BY]->(carrier:Entity)
WITH s, subject, object, collect({reporter: reporter.id, carrier: carrier.id, reportedOn: a.reportedOn,
     reportedOnPrecision: a.reportedOnPrecision, quote: a.quote}) AS attributions
RETURN s.id AS id, subject.id AS subject, object.id AS object, s.status AS status, s.role AS role,
       s.start AS start, s.startPrecision AS startPrecision, toString(s.startFrom) AS startFrom,
       s.pointInTime AS pointInTime, s.pointInTimePrecision AS pointInTimePrecision, s.pointInTimeText AS pointInTimeText,
       s.countAmount AS amount, s.countPhrasing AS phrasing, s.countUnit AS unit, s.text AS text, attributions
ORDER BY id`;

export const statements = (kind: string, subject: string | null = null) =>
  rows(STATEMENTS, { kind, subject });
