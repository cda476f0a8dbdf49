import type { ManagedTransaction } from 'neo4j-driver';
import { cypherInt } from '../db/database.js';
import { MAX_HIERARCHY_DEPTH } from '../control/queries.js';
import { ENTITY_LABELS } from '../entity/labels.js';
import { ENTITY } from '../entity/queries.js';
import { STATEMENT, statementRows } from '../statement/projection.js';
import type { Page } from '../statement/queries.js';
import type { StatementRow } from '../statement/rows.js';
import type { LinkRow } from './rows.js';

/**
 * The links between entities that relationship fields follow: statements of one kind, from the parent on
 * one side to the linked entity on the other. Kinds and sides are fixed here, never taken from input.
 * Retracted statements are no links.
 */
export const LINKS = {
  parent: { kind: 'located_in', parentSide: 'SUBJECT', otherSide: 'OBJECT' },
  children: { kind: 'located_in', parentSide: 'OBJECT', otherSide: 'SUBJECT' },
  agreements: { kind: 'party_to', parentSide: 'SUBJECT', otherSide: 'OBJECT' },
  parties: { kind: 'party_to', parentSide: 'OBJECT', otherSide: 'SUBJECT' },
} as const;

export type LinkName = keyof typeof LINKS;

function linkPagesCypher(link: LinkName): string {
  const { parentSide, otherSide } = LINKS[link];
  const match = `MATCH (:Entity {id: parent})<-[:${parentSide}]-(s:Statement {kind: $kind})-[:${otherSide}]->(o:Entity)
  WHERE s.retractedAt IS NULL`;
  return `UNWIND $parents AS parent
CALL (parent) {
  ${match}
  RETURN count(DISTINCT o) AS total
}
CALL (parent) {
  ${match}
  WITH o, s ORDER BY s.id
  WITH o, collect(${STATEMENT.cypher('s')}) AS statements
  ORDER BY o.name, o.id SKIP $skip LIMIT $limit
  RETURN collect([o.id, ${ENTITY.cypher('o')}, statements]) AS page
}
RETURN parent, total, page`;
}

const LINK_PAGES = Object.fromEntries(
  (Object.keys(LINKS) as LinkName[]).map((link) => [link, linkPagesCypher(link)]),
) as Record<LinkName, string>;

/**
 * For each parent, one page of the entities linked to it, ordered by name, each with its statements and
 * its own row (the edges' nodes: entityById need not fetch them again).
 */
export async function linkPages(
  tx: ManagedTransaction,
  link: LinkName,
  parents: readonly string[],
  skip: number,
  limit: number,
): Promise<Map<string, Page<LinkRow>>> {
  const result = await tx.run(LINK_PAGES[link], {
    parents,
    kind: LINKS[link].kind,
    labels: ENTITY_LABELS,
    skip: cypherInt(skip),
    limit: cypherInt(limit),
  });
  return new Map(
    result.records.map((r) => [
      r.get('parent') as string,
      {
        total: r.get('total') as number,
        page: (r.get('page') as [string, unknown[], unknown[]][]).map(
          ([entity, row, statements]): LinkRow => ({
            entity,
            row: ENTITY.of(row),
            statements: statementRows(statements),
          }),
        ),
      },
    ]),
  );
}

// Two fixed patterns: the event's own counts, or its own and those of its parts at any depth.
const countsCypher = (depth: number) => `
UNWIND $events AS parent
CALL (parent) {
  MATCH (:Entity:Event {id: parent})<-[:PART_OF*0..${depth}]-(:Entity)<-[:SUBJECT]-(s:Statement {kind: 'count'})
  WHERE s.retractedAt IS NULL
  WITH DISTINCT s ORDER BY s.id
  RETURN collect(${STATEMENT.cypher('s')}) AS counts
}
RETURN parent, counts`;

const COUNTS = { own: countsCypher(0), withParts: countsCypher(MAX_HIERARCHY_DEPTH) };

export async function countsOfEvents(
  tx: ManagedTransaction,
  events: readonly string[],
  includeParts: boolean,
): Promise<Map<string, StatementRow[]>> {
  const result = await tx.run(COUNTS[includeParts ? 'withParts' : 'own'], { events });
  return new Map(result.records.map((r) => [r.get('parent') as string, statementRows(r.get('counts'))]));
}
