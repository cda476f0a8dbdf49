import type { ManagedTransaction } from 'neo4j-driver';
import { entityRowOf } from '../entity/queries.js';
import { ENTITY_LABELS } from '../entity/labels.js';
import type { EntityRow } from '../entity/rows.js';
import type { KeepExtras } from '../statement/bundle.js';
import type { StatementRow } from '../statement/rows.js';
import { claimFor, type ControlClaim } from './rows.js';

/** How deep place (LOCATED_IN) and event (PART_OF) hierarchies are followed: deeper than any real one nests. */
export const MAX_HIERARCHY_DEPTH = 8;

/** Binds `reportedFrom` and `reportedTo`: the first and last day statement `s` was reported, if ever. */
export const REPORTED_DAYS = `CALL (s) {
    OPTIONAL MATCH (s)-[:HAS_ATTRIBUTION]->(a:Attribution)
    RETURN min(a.reportedOnFrom) AS reportedFrom, max(a.reportedOnTo) AS reportedTo
  }`;

/**
 * What a control statement bound to `s` (subject `f`, object `scopeId`, not retracted) has of a
 * StatementRow. A timeline sends every claim of a place and the places it lies in (123 for a province of
 * the generated million), so the fields such a statement cannot have stay behind: seed and API validation
 * refuse a count, a distance or a text on control statements, and a retracted one is never a claim.
 * `controlStatementRow` gives them back as the nulls they are.
 */
const CONTROL_STATEMENT = `s {
  .id, .kind, .status, .role, .note,
  .start, .startText, .end, .endText, .pointInTime, .pointInTimeText,
  subject: f.id, object: scopeId
}`;

type ControlStatement = Pick<
  StatementRow,
  | 'id'
  | 'kind'
  | 'status'
  | 'role'
  | 'note'
  | 'start'
  | 'startText'
  | 'end'
  | 'endText'
  | 'pointInTime'
  | 'pointInTimeText'
  | 'subject'
  | 'object'
>;

/** Written out, not spread: `{ ...s, text: null, ... }` costs V8 about 20 µs a row, this well under 1. */
export const controlStatementRow = (s: ControlStatement): StatementRow => ({
  id: s.id,
  kind: s.kind,
  status: s.status,
  role: s.role,
  note: s.note,
  start: s.start,
  startText: s.startText,
  end: s.end,
  endText: s.endText,
  pointInTime: s.pointInTime,
  pointInTimeText: s.pointInTimeText,
  subject: s.subject,
  object: s.object,
  text: null,
  countAmount: null,
  countPhrasing: null,
  countUnit: null,
  countText: null,
  distanceAmount: null,
  distancePhrasing: null,
  distanceUnit: null,
  distanceBearing: null,
  distanceText: null,
  retractedAt: null,
  retractedBy: null,
  retractionReason: null,
});

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
  RETURN collect({scope: scope.id, distance: length(path)}) AS scopes
}
WITH collect({id: id, name: p.name, scopes: scopes, row: ${entityRowOf('p')}}) AS places
CALL (places) {
  UNWIND places AS place
  UNWIND place.scopes AS s
  WITH DISTINCT s.scope AS scopeId
  MATCH (scope:Entity:Place {id: scopeId})<-[:OBJECT]-(s:Statement {kind: 'control'})-[:SUBJECT]->(f:Faction)
  WHERE s.retractedAt IS NULL
  ${REPORTED_DAYS}
  RETURN collect({
    scope: scopeId, faction: f.id, statement: ${CONTROL_STATEMENT},
    reportedFrom: toString(reportedFrom), reportedTo: toString(reportedTo)
  }) AS claims, collect(DISTINCT f) + collect(DISTINCT scope) AS named
}
RETURN places, claims, [e IN named | ${entityRowOf('e')}] AS entities`;

export interface PlaceClaims {
  name: string;
  claims: ControlClaim[];
}

type ScopeClaim = Omit<ControlClaim, 'place' | 'distance'>;
type SentClaim = Omit<ScopeClaim, 'statement'> & { statement: ControlStatement };

export async function controlClaims(
  tx: ManagedTransaction,
  places: readonly string[],
  keep?: KeepExtras,
): Promise<Map<string, PlaceClaims>> {
  const record = (await tx.run(controlClaimsCypher, { places, labels: ENTITY_LABELS })).records[0];
  if (!record) return new Map();
  const byScope = new Map<string, ScopeClaim[]>();
  for (const claim of record.get('claims') as SentClaim[]) {
    const list = byScope.get(claim.scope) ?? [];
    list.push({
      scope: claim.scope,
      faction: claim.faction,
      statement: controlStatementRow(claim.statement),
      reportedFrom: claim.reportedFrom,
      reportedTo: claim.reportedTo,
    });
    byScope.set(claim.scope, list);
  }
  const found = record.get('places') as {
    id: string;
    name: string;
    scopes: { scope: string; distance: number }[];
    row: EntityRow;
  }[];
  keep?.({ entities: [...(record.get('entities') as EntityRow[]), ...found.map((p) => p.row)] });
  return new Map(
    found.map(({ id, name, scopes }) => {
      // A place reached by two LOCATED_IN routes counts at its nearest.
      const nearest = new Map<string, number>();
      for (const { scope, distance } of scopes)
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
