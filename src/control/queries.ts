import type { ManagedTransaction } from 'neo4j-driver';
import { tuple } from '../db/tuple.js';
import { statementColumns } from '../statement/projection.js';
import { ENTITY, entityRows } from '../entity/queries.js';
import { ENTITY_LABELS } from '../entity/labels.js';
import type { KeepExtras } from '../statement/bundle.js';
import { columnsOfFields } from '../statement/columns.js';
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
