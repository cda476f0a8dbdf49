import type { ManagedTransaction } from 'neo4j-driver';
import { MAX_HIERARCHY_DEPTH } from '../control/queries.js';
import { cypherInt } from '../db/database.js';
import { ENTITY_LABELS } from '../entity/labels.js';
import { type KeepExtras, keepBundles } from '../statement/bundle.js';
import { entitiesNamedBy, statementBundlesOf } from '../statement/bundleQueries.js';
import { ALL_COLUMNS, perColumns, type StatementColumns } from '../statement/columns.js';
import type { DisagreementRow } from './rows.js';

/**
 * The kinds compared for disagreements: those with one true value per topic. Parties, participants,
 * terms, affiliations and the like are many-valued by nature, so differing ones are not a disagreement.
 */
export const COMPARED_KINDS = [
  'control',
  'count',
  'distance',
  'occurred',
  'location',
  'origin',
  'destination',
];

/** A group of statements about one thing: what it is about, and for distances, the place measured to. */
export interface TopicKey {
  kind: string;
  topic: string;
  related: string | null;
}

// What a statement bound to `s` is about: the place for control, the whole event (the top of its PART_OF
// chain) for counts, the subject otherwise; for distances also the place measured to.
const TOPIC = `
WITH s, [(s)-[:SUBJECT]->(x) | x.id][0] AS subject, [(s)-[:OBJECT]->(x) | x.id][0] AS object
WITH s, s.kind AS kind,
  CASE s.kind
    WHEN 'control' THEN object
    WHEN 'count' THEN coalesce(COLLECT {
      MATCH (s)-[:SUBJECT]->(:Event)-[:PART_OF*0..${MAX_HIERARCHY_DEPTH}]->(root:Event)
      WHERE NOT EXISTS { (root)-[:PART_OF]->(:Event) }
      RETURN root.id AS root ORDER BY root LIMIT 1
    }[0], subject)
    ELSE subject
  END AS topic,
  CASE s.kind WHEN 'distance' THEN object END AS related`;

// What two statements must share to agree: their links, status, dates and numbers.
const SIGNATURE = `reduce(acc = '', v IN [
  [(s)-[:SUBJECT]->(x) | x.id][0], [(s)-[:OBJECT]->(x) | x.id][0], s.status, s.start, s.end, s.pointInTime,
  toString(s.countAmount), s.countPhrasing, toString(s.distanceAmount), s.distancePhrasing, s.distanceUnit,
  s.distanceBearing
] | acc + '|' + coalesce(v, '-'))`;

/** The key of every group in the graph whose statements differ, in topic order. */
const ALL_TOPICS = `
MATCH (s:Statement) WHERE s.kind IN $kinds AND s.retractedAt IS NULL
${TOPIC}
WITH kind, topic, related, count(DISTINCT ${SIGNATURE}) AS variants
WHERE variants > 1
WITH kind, topic, related ORDER BY topic, kind, related
WITH collect({kind: kind, topic: topic, related: related}) AS keys`;

/**
 * The key of every group a statement about the entity belongs to; whether they differ is up to MEMBERS.
 * No row when there is no such entity.
 */
const TOPICS_ABOUT = `
MATCH (anchor:Entity {id: $about})
CALL (anchor) {
  MATCH (anchor)<-[:SUBJECT|OBJECT]-(s:Statement) WHERE s.kind IN $kinds AND s.retractedAt IS NULL
  ${TOPIC}
  WITH DISTINCT kind, topic, related ORDER BY topic, kind, related
  RETURN collect({kind: kind, topic: topic, related: related}) AS keys
}`;

/**
 * The groups of `keys` whose members differ, each with its members found from the topic the same way
 * TOPIC assigned them, never retracted ones.
 */
const MEMBERS = `
CALL (keys) {
  UNWIND keys AS key
  MATCH (t:Entity {id: key.topic})
  CALL (t, key) {
    MATCH (t)<-[:SUBJECT]-(s:Statement {kind: 'count'}) WHERE key.kind = 'count'
    RETURN s
    UNION
    MATCH (t:Event)<-[:PART_OF*1..${MAX_HIERARCHY_DEPTH}]-(:Event)<-[:SUBJECT]-(s:Statement {kind: 'count'})
    WHERE key.kind = 'count'
    RETURN s
    UNION
    MATCH (t)<-[:OBJECT]-(s:Statement {kind: 'control'}) WHERE key.kind = 'control'
    RETURN s
    UNION
    MATCH (t)<-[:SUBJECT]-(s:Statement {kind: key.kind})
    WHERE NOT key.kind IN ['count', 'control']
      AND (key.related IS NULL OR EXISTS { (s)-[:OBJECT]->(:Entity {id: key.related}) })
    RETURN s
  }
  WITH key, t, s WHERE s.retractedAt IS NULL
  WITH key, t, s ORDER BY s.id
  WITH key, t, collect(s) AS members, count(DISTINCT ${SIGNATURE}) AS variants
  WHERE variants > 1
  WITH key, t, members ORDER BY key.topic, key.kind, key.related
  RETURN collect({key: key, t: t, members: members}) AS groups
}`;

// Over the whole graph the groups are known to differ already, so only the page's members are read;
// groups found from one entity are checked on their members first.
// The page's statements travel with their attributions and the entities they name (src/statement/bundle.ts),
// and the `about` entity's row, so checking that id costs no round trip of its own.
const pageRows = (anchor: string, columns: StatementColumns) => `
WITH total, groups, ${anchor} AS anchor, reduce(acc = [], g IN groups | acc + g.members) AS statements
RETURN total, [g IN groups | {key: g.key, statements: [s IN g.members | s.id]}] AS groups,
  ${statementBundlesOf('statements', true, columns)} AS bundles,
  ${entitiesNamedBy('statements', '[g IN groups | g.t] + anchor')} AS entities`;

const pageOfAll = perColumns(
  (columns) => `${ALL_TOPICS}
WITH size(keys) AS total, keys[$skip..$skip + $limit] AS keys
${MEMBERS}
${pageRows('[]', columns)}`,
);

const pageAbout = perColumns(
  (columns) => `${TOPICS_ABOUT}
${MEMBERS}
WITH anchor, size(groups) AS total, groups[$skip..$skip + $limit] AS groups
${pageRows('[anchor]', columns)}`,
);

export interface DisagreementPage {
  total: number;
  groups: DisagreementRow[];
}

/**
 * A page of the groups about `about` (every group when null) whose statements differ, in topic order;
 * null when `about` names no entity.
 */
export async function disagreementPage(
  tx: ManagedTransaction,
  about: string | null,
  skip: number,
  limit: number,
  keep: KeepExtras,
  columns: StatementColumns = ALL_COLUMNS,
): Promise<DisagreementPage | null> {
  const result = await tx.run(about === null ? pageOfAll(columns) : pageAbout(columns), {
    about,
    kinds: COMPARED_KINDS,
    skip: cypherInt(skip),
    limit: cypherInt(limit),
    labels: ENTITY_LABELS,
  });
  const record = result.records[0];
  if (!record) return null;
  const rows = keepBundles(record, keep);
  const groups = record.get('groups') as { key: TopicKey; statements: string[] }[];
  return {
    total: record.get('total') as number,
    groups: groups.map(({ key, statements }) => ({
      ...key,
      statements: statements.map((id) => rows.get(id)!),
    })),
  };
}
