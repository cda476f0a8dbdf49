import type { ManagedTransaction } from 'neo4j-driver';
import { MAX_HIERARCHY_DEPTH } from '../control/queries.js';
import { STATEMENT_ROW } from '../statement/projection.js';
import type { StatementRow } from '../statement/rows.js';

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

/** Every group in the graph whose statements differ, in topic order. */
const ALL_TOPICS = `
MATCH (s:Statement) WHERE s.kind IN $kinds AND s.retractedAt IS NULL
${TOPIC}
WITH kind, topic, related, count(DISTINCT ${SIGNATURE}) AS variants
WHERE variants > 1
RETURN kind, topic, related ORDER BY topic, kind, related`;

/** The groups a statement about the entity belongs to; whether they differ is decided on their members. */
const TOPICS_ABOUT = `
MATCH (:Entity {id: $about})<-[:SUBJECT|OBJECT]-(s:Statement) WHERE s.kind IN $kinds AND s.retractedAt IS NULL
${TOPIC}
RETURN DISTINCT kind, topic, related ORDER BY topic, kind, related`;

export async function disagreementTopics(tx: ManagedTransaction, about: string | null): Promise<TopicKey[]> {
  const result = await tx.run(about === null ? ALL_TOPICS : TOPICS_ABOUT, { about, kinds: COMPARED_KINDS });
  return result.records.map((r) => ({
    kind: r.get('kind') as string,
    topic: r.get('topic') as string,
    related: r.get('related') as string | null,
  }));
}

/** The members of each group, found from the topic the same way TOPIC assigned them; never retracted ones. */
const MEMBERS = `
UNWIND $keys AS key
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
WITH key, s WHERE s.retractedAt IS NULL
WITH key, s ORDER BY s.id
RETURN key, collect(${STATEMENT_ROW}) AS statements, count(DISTINCT ${SIGNATURE}) AS variants`;

export interface TopicMembers {
  key: TopicKey;
  statements: StatementRow[];
  variants: number;
}

export async function topicMembers(
  tx: ManagedTransaction,
  keys: readonly TopicKey[],
): Promise<TopicMembers[]> {
  const result = await tx.run(MEMBERS, { keys });
  return result.records.map((r) => ({
    key: r.get('key') as TopicKey,
    statements: r.get('statements') as StatementRow[],
    variants: r.get('variants') as number,
  }));
}
