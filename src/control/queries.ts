import type { ManagedTransaction } from 'neo4j-driver';
import { STATEMENT_ROW } from '../statement/projection.js';
import type { ControlClaim } from './rows.js';

/** How deep place (LOCATED_IN) and event (PART_OF) hierarchies are followed: deeper than any real one nests. */
export const MAX_HIERARCHY_DEPTH = 8;

/**
 * For each place, every control statement about it or about a place it lies in (following LOCATED_IN up
 * to MAX_HIERARCHY_DEPTH steps), with how many steps away, and when the statement was reported.
 * Retracted statements no longer count.
 */
export const controlClaimsCypher = `
UNWIND $places AS id
MATCH (p:Place {id: id})
CALL (p) {
  MATCH path = (p)-[:LOCATED_IN*0..${MAX_HIERARCHY_DEPTH}]->(scope:Place)
  WITH scope, min(length(path)) AS distance
  MATCH (scope)<-[:OBJECT]-(s:Statement {kind: 'control'})-[:SUBJECT]->(f:Faction)
  WHERE s.retractedAt IS NULL
  OPTIONAL MATCH (s)-[:HAS_ATTRIBUTION]->(a:Attribution)
  WITH scope, distance, s, f, min(a.reportedOnFrom) AS reportedFrom, max(a.reportedOnTo) AS reportedTo
  RETURN collect({
    scope: scope.id, distance: distance, faction: f.id, statement: ${STATEMENT_ROW},
    reportedFrom: toString(reportedFrom), reportedTo: toString(reportedTo)
  }) AS claims
}
RETURN id, p.name AS name, claims`;

export interface PlaceClaims {
  name: string;
  claims: ControlClaim[];
}

export async function controlClaims(
  tx: ManagedTransaction,
  places: readonly string[],
): Promise<Map<string, PlaceClaims>> {
  const result = await tx.run(controlClaimsCypher, { places });
  return new Map(
    result.records.map((r) => {
      const place = r.get('id') as string;
      const claims = (r.get('claims') as Omit<ControlClaim, 'place'>[]).map((c) => ({ ...c, place }));
      return [place, { name: r.get('name') as string, claims }];
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
  MATCH (:Faction {id: id})<-[:SUBJECT]-(s:Statement {kind: 'control'})-[:OBJECT]->(p:Place)
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
