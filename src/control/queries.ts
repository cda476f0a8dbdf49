import type { ManagedTransaction } from 'neo4j-driver';
import { tuple } from '../db/tuple.js';
import { statementColumns } from '../statement/projection.js';
import { ENTITY, entityRows } from '../entity/queries.js';
import { ENTITY_LABELS } from '../entity/labels.js';
import type { KeepExtras } from '../statement/bundle.js';
import { entitiesNamedBy, statementBundlesOf } from '../statement/bundleQueries.js';
import { columnsOfFields, perColumns, type StatementColumns } from '../statement/columns.js';
import type { StatementRow } from '../statement/rows.js';
import { claimFor, type ControlClaim } from './rows.js';

/** How deep place (LOCATED_IN) and event (PART_OF) hierarchies are followed: deeper than any real one nests. */
export const MAX_HIERARCHY_DEPTH = 8;

/** Binds `reportedFrom` and `reportedTo`: the first and last day statement `s` was reported, if ever. */
export const REPORTED_DAYS = `CALL (s) {
    OPTIONAL MATCH (s)-[:HAS_ATTRIBUTION]->(a:Attribution)
    RETURN min(a.reportedOnFrom) AS reportedFrom, max(a.reportedOnTo) AS reportedTo
  }`;

/** What a control statement cannot have (seed and API validation refuse them), or, as a claim, has not. */
const NEVER_ON_CONTROL = columnsOfFields(['text', 'count', 'distance', 'retraction']);

/**
 * A control statement bound to `s` (subject `f`, object `scopeId`, not retracted) as a StatementRow tuple.
 * A timeline sends every claim of a place and the places it lies in (123 for a province of the generated
 * million), so the fields such a statement cannot have are sent as the nulls they are, not read: seed and
 * API validation refuse a count, a distance or a text on control statements, and a retracted one is never
 * a claim.
 */
const CONTROL_STATEMENT = tuple<StatementRow>((s) => ({
  ...statementColumns(s),
  subject: 'f.id',
  object: 'scopeId',
  ...Object.fromEntries(NEVER_ON_CONTROL.map((column) => [column, 'null'])),
}));

/**
 * For each place, every control statement about it or about a place it lies in (following LOCATED_IN up
 * to MAX_HIERARCHY_DEPTH steps), with how many steps away, and when the statement was reported; with the
 * place's own row and the rows of the factions and enclosing places the claims name, for entityById.
 * Retracted statements no longer count. The places of one batch mostly share their enclosing places (the
 * towns of one province), so each enclosing place's claims are read and sent once, not once per town.
 */
export const controlClaimsCypher = `
UNWIND $places AS id
MATCH (p:Entity:Place {id: id})
CALL (p) {
  MATCH path = (p)-[:LOCATED_IN*0..${MAX_HIERARCHY_DEPTH}]->(scope:Place)
  RETURN collect([scope.id, length(path)]) AS scopes
}
WITH collect([id, p.name, scopes, ${ENTITY.cypher('p')}]) AS places
CALL (places) {
  UNWIND places AS place
  UNWIND place[2] AS s
  WITH DISTINCT s[0] AS scopeId
  MATCH (scope:Entity:Place {id: scopeId})<-[:OBJECT]-(s:Statement {kind: 'control'})-[:SUBJECT]->(f:Faction)
  WHERE s.retractedAt IS NULL
  ${REPORTED_DAYS}
  RETURN collect([
    scopeId, f.id, ${CONTROL_STATEMENT.cypher('s')}, toString(reportedFrom), toString(reportedTo)
  ]) AS claims, collect(DISTINCT f) + collect(DISTINCT scope) AS named
}
RETURN places, claims, [e IN named | ${ENTITY.cypher('e')}] AS entities`;

/**
 * Who controls each place on a date, decided in Neo4j by the rules of src/control/asOf.ts (`answerAt`), so
 * that only the answering claims travel, with their statements, attributions and the entities they name.
 * Each enclosing place's claims are read once per batch (the towns of one province share them), then
 * handed to every place that reaches it: grouping by place joins them in one pass, where looking each
 * place's scopes up in the batch's list of claims cost a second for 400 towns. A claim's
 * span is `spanOf`: its own start/end, else its point in time, else the days it was reported; imprecise
 * dates count as their whole period (the stored `…From`/`…To` days). With no date asked, the answer is for
 * the latest day any claim names; a place with no dated claim answers with all of its nearest claims.
 */
const controlAnswersCypherOf = (withSources: boolean, columns: StatementColumns) => `
UNWIND $places AS id
WITH DISTINCT id
MATCH (p:Entity:Place {id: id})
MATCH path = (p)-[:LOCATED_IN*0..${MAX_HIERARCHY_DEPTH}]->(scope:Place)
WITH p, scope, min(length(path)) AS distance
WITH scope, collect({p: p, distance: distance}) AS reachedFrom
CALL (scope) {
  MATCH (scope)<-[:OBJECT]-(s:Statement {kind: 'control'})-[:SUBJECT]->(f:Faction)
  WHERE s.retractedAt IS NULL
  ${REPORTED_DAYS}
  WITH scope, s, f, reportedFrom, reportedTo,
    CASE WHEN s.start IS NOT NULL OR s.end IS NOT NULL THEN s.startFrom
         WHEN s.pointInTime IS NOT NULL THEN s.pointInTimeFrom ELSE reportedFrom END AS from,
    CASE WHEN s.start IS NOT NULL OR s.end IS NOT NULL THEN s.endTo
         WHEN s.pointInTime IS NOT NULL THEN s.pointInTimeTo ELSE reportedTo END AS to
  RETURN collect({scope: scope, s: s, f: f, from: from, to: to,
    reportedFrom: reportedFrom, reportedTo: reportedTo}) AS claims
}
UNWIND reachedFrom AS reached
WITH reached.p AS p, [c IN claims | c {.*, distance: reached.distance}] AS fromScope
WITH p, reduce(mine = [], claims IN collect(fromScope) | mine + claims) AS mine
WITH p, mine, CASE WHEN $at IS NULL THEN reduce(latest = null, d IN [c IN mine | c.from] + [c IN mine | c.to] |
  CASE WHEN d IS NOT NULL AND (latest IS NULL OR d > latest) THEN d ELSE latest END) END AS latest
WITH p, mine, coalesce($at, toString(latest)) AS asOf,
  coalesce(date($first), latest) AS first, coalesce(date($last), latest) AS last
WITH p, asOf, [c IN mine WHERE first IS NULL OR
  ((c.from IS NULL OR c.from <= last) AND (c.to IS NULL OR c.to >= first))] AS current
WITH p, asOf, current,
  reduce(m = null, c IN current | CASE WHEN m IS NULL OR c.distance < m THEN c.distance ELSE m END) AS nearest
WITH collect({p: p, asOf: asOf, answer: [c IN current WHERE c.distance = nearest]}) AS answers
WITH answers, reduce(acc = [], x IN answers | acc + [c IN x.answer | c.s]) AS answering
RETURN [x IN answers | [x.p.id, x.p.name, x.asOf, [c IN x.answer | [
  c.scope.id, c.distance, c.f.id, c.s.id, toString(c.reportedFrom), toString(c.reportedTo)
]]]] AS answers, ${statementBundlesOf('answering', withSources, columns)} AS bundles,
  ${entitiesNamedBy('answering', '[x IN answers | x.p]', withSources)} AS entities`;

/** With the answering statements' attributions and their reporters and carriers, or without. */
export const controlAnswersCypher = perColumns((columns) => controlAnswersCypherOf(true, columns));
export const controlAnswersWithoutSourcesCypher = perColumns((columns) =>
  controlAnswersCypherOf(false, columns),
);

export interface PlaceClaims {
  name: string;
  claims: ControlClaim[];
}

type ScopeClaim = Omit<ControlClaim, 'place' | 'distance'>;

export async function controlClaims(
  tx: ManagedTransaction,
  places: readonly string[],
  keep?: KeepExtras,
): Promise<Map<string, PlaceClaims>> {
  const record = (await tx.run(controlClaimsCypher, { places, labels: ENTITY_LABELS })).records[0];
  if (!record) return new Map();
  const byScope = new Map<string, ScopeClaim[]>();
  type SentClaim = [string, string, unknown[], string | null, string | null];
  for (const [scope, faction, statement, reportedFrom, reportedTo] of record.get('claims') as SentClaim[]) {
    const list = byScope.get(scope) ?? [];
    list.push({ scope, faction, statement: CONTROL_STATEMENT.of(statement), reportedFrom, reportedTo });
    byScope.set(scope, list);
  }
  type SentPlace = [string, string, [string, number][], unknown[]];
  const found = (record.get('places') as SentPlace[]).map(([id, name, scopes, row]) => ({
    id,
    name,
    scopes,
    row: ENTITY.of(row),
  }));
  keep?.({ entities: [...entityRows(record.get('entities')), ...found.map((p) => p.row)] });
  return new Map(
    found.map(({ id, name, scopes }) => {
      // A place reached by two LOCATED_IN routes counts at its nearest.
      const nearest = new Map<string, number>();
      for (const [scope, distance] of scopes)
        nearest.set(scope, Math.min(distance, nearest.get(scope) ?? distance));
      const claims = [...nearest].flatMap(([scope, distance]) =>
        (byScope.get(scope) ?? []).map((claim) => claimFor(claim, id, distance, claim.statement)),
      );
      return [id, { name, claims }];
    }),
  );
}

/**
 * For each faction, the places it may control: those a control statement names it for, and every place
 * inside them. Which of these it controls on a date is decided by the same rules as whoControls.
 */
export const controlCandidatesCypher = `
UNWIND $factions AS id
CALL (id) {
  MATCH (:Entity:Faction {id: id})<-[:SUBJECT]-(s:Statement {kind: 'control'})-[:OBJECT]->(p:Place)
  WHERE s.retractedAt IS NULL
  MATCH (d:Place)-[:LOCATED_IN*0..${MAX_HIERARCHY_DEPTH}]->(p)
  RETURN collect(DISTINCT d.id) AS places
}
RETURN id, places`;

export async function controlCandidates(
  tx: ManagedTransaction,
  factions: readonly string[],
): Promise<Map<string, string[]>> {
  const result = await tx.run(controlCandidatesCypher, { factions });
  return new Map(result.records.map((r) => [r.get('id') as string, r.get('places') as string[]]));
}
