/**
 * The control timeline: one query fetches every control claim about the place and the places it lies in
 * (LOCATED_IN, up to MAX_HIERARCHY_DEPTH = 8 steps); the periods are cut in Node by the function our
 * server uses (`controlPeriods`, src/control/asOf.ts), since a timeline is an algorithm over the claims.
 *
 * Parameters: `place`.
 */
import { controlPeriods } from '../../src/control/asOf.js';
import type { ControlClaim } from '../../src/control/rows.js';
import type { StatementRow } from '../../src/statement/rows.js';
import { PAGE, type FloorQuery } from './shared.js';

const CYPHER = `
MATCH (p:Entity:Place {id: $place})
CALL (p) {
  MATCH path = (p)-[:LOCATED_IN*0..8]->(scope:Place)
  WITH scope, min(length(path)) AS distance
  MATCH (scope)<-[:OBJECT]-(s:Statement {kind: 'control'})-[:SUBJECT]->(f:Faction)
  WHERE s.retractedAt IS NULL
  OPTIONAL MATCH (s)-[:HAS_ATTRIBUTION]->(a:Attribution)
  WITH scope, distance, s, f, min(a.reportedOnFrom) AS reportedFrom, max(a.reportedOnTo) AS reportedTo
  RETURN collect({
    scope: scope.id, distance: distance, faction: f.id, factionName: f.name,
    statement: s {.id, .status, .start, .end, .pointInTime},
    reportedFrom: toString(reportedFrom), reportedTo: toString(reportedTo)
  }) AS claims
}
RETURN p.id AS place, claims`;

type ClaimRow = Omit<ControlClaim, 'place' | 'statement'> & {
  factionName: string;
  statement: Pick<StatementRow, 'id' | 'status' | 'start' | 'end' | 'pointInTime'>;
};

export const CONTROL_HISTORY: FloorQuery = {
  cypher: CYPHER,
  params: (variables) => ({ place: variables.place }),
  answer: (record) => {
    const place = String(record?.place ?? '');
    const rows = (record?.claims ?? []) as ClaimRow[];
    const names = new Map(rows.map((row) => [row.faction, row.factionName]));
    const claims = rows.map((row): ControlClaim => ({
      ...row,
      place,
      statement: row.statement as StatementRow,
    }));
    const periods = controlPeriods(claims);
    return {
      controlHistory: {
        totalCount: periods.length,
        edges: periods.slice(0, PAGE).map((period) => ({
          node: {
            from: period.from,
            to: period.to,
            gap: period.claims.length === 0,
            competing:
              new Set(period.claims.map((c) => c.faction)).size > 1 ||
              period.claims.some((c) => c.statement.status === 'contested'),
            controls: period.claims.map((c) => ({
              faction: { id: c.faction, name: names.get(c.faction) },
              status: c.statement.status?.toUpperCase() ?? null,
              inferred: c.distance > 0,
              inferredFrom: c.distance > 0 ? { id: c.scope } : null,
              statement: { id: c.statement.id },
            })),
          },
        })),
      },
    };
  },
};
