import { describe, expect, it } from 'vitest';
import {
  controlAnswersCypher,
  controlCandidatesCypher,
  controlClaimsCypher,
} from '../../src/control/queries.js';
import { ENTITY_LABELS } from '../../src/entity/labels.js';
import { ALL_COLUMNS } from '../../src/statement/columns.js';
import { testDatabase } from '../helpers/database.js';

/** Every operator of a plan, depth first. */
function operators(plan: { operatorType: string; children: unknown[] }): string[] {
  return [plan.operatorType, ...plan.children.flatMap((c) => operators(c as typeof plan))];
}

// Queries that start from ids must find them through the unique Entity(id) index: a label such as
// :Place alone has no index on id, and the planner then scans every place (2.5 million rows per id at a
// million statements). These plans are checked on the real Neo4j, with the schema the migrations made.
const ANCHORED: [string, string, Record<string, unknown>][] = [
  ['control claims', controlClaimsCypher, { places: ['place:x'], labels: ENTITY_LABELS }],
  ['control candidates', controlCandidatesCypher, { factions: ['faction:x'] }],
  [
    'control answers',
    controlAnswersCypher(ALL_COLUMNS),
    { places: ['place:x'], at: null, first: null, last: null, labels: ENTITY_LABELS },
  ],
];

describe('queries anchored on ids', () => {
  it.each(ANCHORED)('%s seek the id index and scan no label', async (_name, cypher, params) => {
    const plan = await testDatabase().read(
      async (tx) => (await tx.run(`EXPLAIN ${cypher}`, params)).summary.plan,
    );
    const used = operators(plan as never);
    expect(used.some((op) => op.startsWith('NodeUniqueIndexSeek'))).toBe(true);
    expect(used.filter((op) => /LabelScan|AllNodesScan/.test(op))).toEqual([]);
  });
});
