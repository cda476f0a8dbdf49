import type { ManagedTransaction } from 'neo4j-driver';
import { parsePartialDate } from '../dates/partialDate.js';
import { ENTITY_LABELS } from '../entity/labels.js';
import { entitiesNamedBy, statementBundlesOf, type KeepExtras, keepBundles } from '../statement/bundle.js';
import {
  ALL_COLUMNS,
  alsoReading,
  columnsOfFields,
  perColumns,
  type StatementColumns,
} from '../statement/columns.js';
import { byFactionThenStatement } from './asOf.js';
import { MAX_HIERARCHY_DEPTH, REPORTED_DAYS } from './queries.js';
import { claimFor, type ControlClaim } from './rows.js';

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

/**
 * What the `Control` and `ControlPeriod` fields read of a claim's statement, whatever the operation asks
 * of the `Statement` type: the status and dates they repeat.
 */
export const CONTROL_READS = columnsOfFields(['status', 'start', 'end', 'pointInTime']);

/** Who controls one place on the date asked (or its latest reported day), as `answerAt` gives it. */
export interface ControlAnswer {
  /** The place's name, for lists sorted by it. */
  name: string;
  asOf: string | null;
  claims: ControlClaim[];
}

/**
 * `withSources`: whether the answering statements' attributions (and their reporters and carriers) come
 * too. A page of towns asked only who controls them answers without: half the bytes.
 */
export async function controlAnswers(
  tx: ManagedTransaction,
  places: readonly string[],
  at: string | null,
  keep?: KeepExtras,
  withSources = true,
  columns: StatementColumns = ALL_COLUMNS,
): Promise<Map<string, ControlAnswer>> {
  const period = at === null ? null : parsePartialDate(at);
  const read = alsoReading(columns, CONTROL_READS);
  const record = (
    await tx.run((withSources ? controlAnswersCypher : controlAnswersWithoutSourcesCypher)(read), {
      places,
      at,
      first: period?.first ?? null,
      last: period?.last ?? null,
      labels: ENTITY_LABELS,
    })
  ).records[0];
  if (!record) return new Map();
  const statements = keepBundles(record, keep);
  // Lists, not maps (src/db/tuple.ts): a batch of towns answers with hundreds of claims.
  type SentClaim = [string, number, string, string, string | null, string | null];
  const answers = record.get('answers') as [string, string, string | null, SentClaim[]][];
  return new Map(
    answers.map(([place, name, asOf, claims]) => [
      place,
      {
        name,
        asOf,
        claims: claims
          .map(([scope, distance, faction, statement, reportedFrom, reportedTo]) =>
            claimFor(
              { scope, faction, reportedFrom, reportedTo },
              place,
              distance,
              statements.get(statement)!,
            ),
          )
          .sort(byFactionThenStatement),
      },
    ]),
  );
}
