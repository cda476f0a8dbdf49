import type { ManagedTransaction } from 'neo4j-driver';
import { REMAKE_SOURCES } from '../statement/sourceQueries.js';

/**
 * One lock for every write that adds to the place or event hierarchy, held until its transaction ends.
 * Locking the two ends of each link is not enough: four editors adding a→b, b→c, c→d and d→a at once
 * hold disjoint pairs two by two, each sees no cycle, and together they make one. Such writes are rare.
 */
export const lockHierarchyCypher = `
MERGE (lock:WriteLock {name: 'hierarchy'})
SET lock.takenAt = datetime()`;

/** The write already made with an idempotency key in its scope (src/write/idempotency.ts). */
export const priorWriteCypher = `
MATCH (a:AuditEntry {idempotencyScope: $scope})
RETURN a.id AS auditId, a.action AS action, a.target AS target, a.input AS input, toString(a.at) AS at`;

/** Ids among `ids` that an entity or statement already has. */
const idsInUseCypher = `
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (s:Statement {id: id})
WITH id WHERE e IS NOT NULL OR s IS NOT NULL
RETURN id`;

export async function idsInUse(tx: ManagedTransaction, ids: string[]): Promise<Set<string>> {
  const result = await tx.run(idsInUseCypher, { ids });
  return new Set(result.records.map((r) => r.get('id') as string));
}

/** The first of `base`, `base-2`, `base-3`, ... that no entity has. */
const freeIdCypher = `
MATCH (e:Entity) WHERE e.id = $base OR e.id STARTS WITH $base + '-'
RETURN collect(e.id) AS taken`;

export async function freeEntityId(tx: ManagedTransaction, base: string): Promise<string> {
  const result = await tx.run(freeIdCypher, { base });
  const taken = new Set(result.records[0]?.get('taken') as string[]);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export interface AliasTarget {
  name: string;
  aliases: string[];
}

/**
 * Setting a property takes the node's write lock, held until the transaction ends: a second addAlias on the
 * same entity waits here and then reads the first one's aliases, so neither is lost.
 */
const entityNamesCypher = `
MATCH (e:Entity {id: $id})
SET e.writeLock = true REMOVE e.writeLock
RETURN e.name AS name, coalesce(e.aliases, []) AS aliases`;

export async function entityNames(tx: ManagedTransaction, id: string): Promise<AliasTarget | null> {
  const record = (await tx.run(entityNamesCypher, { id })).records[0];
  return record ? { name: record.get('name') as string, aliases: record.get('aliases') as string[] } : null;
}

/**
 * `addedAliases` keeps what the API added apart from the seed's own aliases, so a seed run that rewrites
 * the entity puts them back (src/ingest/upsertQueries.ts).
 */
const setAliasesCypher = `
MATCH (e:Entity {id: $id})
SET e.aliases = $aliases, e.searchText = $searchText,
    e.addedAliases = coalesce(e.addedAliases, []) + $alias,
    e.addedSearchText = coalesce(e.addedSearchText + '\\n', '') + $addedSearchText`;

export async function setAliases(
  tx: ManagedTransaction,
  params: { id: string; alias: string; aliases: string[]; searchText: string; addedSearchText: string },
) {
  await tx.run(setAliasesCypher, params);
}

export interface RetractionState {
  retractedAt: string | null;
  retractedBy: string | null;
}

/** Locks the statement as entityNamesCypher locks an entity: two retractions meet here, one after the other. */
const retractionStateCypher = `
MATCH (s:Statement {id: $id})
SET s.writeLock = true REMOVE s.writeLock
RETURN toString(s.retractedAt) AS retractedAt, s.retractedBy AS retractedBy`;

export async function retractionState(tx: ManagedTransaction, id: string): Promise<RetractionState | null> {
  const record = (await tx.run(retractionStateCypher, { id })).records[0];
  return record
    ? {
        retractedAt: record.get('retractedAt') as string | null,
        retractedBy: record.get('retractedBy') as string | null,
      }
    : null;
}

/**
 * The statement stays, marked; its shortcut relationship (docs/model.md) and its SOURCED_BY ones
 * (src/statement/sources.ts) go, so that the place hierarchy, reporters' statement lists and anyone
 * querying Neo4j directly stop seeing the claim as well.
 */
const retractCypher = `
MATCH (s:Statement {id: $id})
SET s.retractedAt = datetime(), s.retractedBy = $by, s.retractionReason = $reason
WITH s
CALL (s) {
  OPTIONAL MATCH (s)-[:SUBJECT]->(:Entity)-[shortcut]->(:Entity)
  WHERE shortcut.statement = s.id
  DELETE shortcut
}
${REMAKE_SOURCES}
RETURN toString(s.retractedAt) AS at`;

export async function retract(tx: ManagedTransaction, params: { id: string; by: string; reason: string }) {
  await tx.run(retractCypher, params);
}

const publicationDatesCypher = `
UNWIND $ids AS id
MATCH (a:Entity:Article {id: id})
RETURN id, a.publishedOn AS value, a.publishedOnText AS text`;

/**
 * When each article among `ids` was published, as stored. The seed dates an attribution by its article
 * when the article is in the same files; an API write refers to articles already in the database.
 */
export async function publicationDates(
  tx: ManagedTransaction,
  ids: string[],
): Promise<Map<string, { value: string; text?: string }>> {
  const result = await tx.run(publicationDatesCypher, { ids });
  return new Map(
    result.records.map((r) => [
      r.get('id') as string,
      { value: r.get('value') as string, ...(r.get('text') ? { text: r.get('text') as string } : {}) },
    ]),
  );
}

const entityNodesCypher = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, elementId(e) AS node`;

/** The node of each entity among `ids`, for the create-only write of a statement (src/ingest/createQueries.ts). */
export async function entityNodes(tx: ManagedTransaction, ids: string[]): Promise<Map<string, string>> {
  const result = await tx.run(entityNodesCypher, { ids: [...new Set(ids)] });
  return new Map(result.records.map((r) => [r.get('id') as string, r.get('node') as string]));
}

const articleQuoteTextsCypher = `
UNWIND $ids AS id
MATCH (a:Entity:Article {id: id})
WHERE a.quoteText IS NOT NULL
RETURN id, a.quoteText AS text`;

/**
 * The text of each article among `ids` whose text the graph holds (seeded with a `textFile`), in the form
 * quotes are compared in (src/ingest/quotes.ts).
 */
export async function articleQuoteTexts(tx: ManagedTransaction, ids: string[]): Promise<Map<string, string>> {
  const result = await tx.run(articleQuoteTextsCypher, { ids: [...new Set(ids)] });
  return new Map(result.records.map((r) => [r.get('id') as string, r.get('text') as string]));
}
