import type { ManagedTransaction } from 'neo4j-driver';
import { parsePartialDate } from '../dates/partialDate.js';
import { ENTITY_LABELS } from '../entity/labels.js';
import { type KeepExtras, keepBundles } from '../statement/bundle.js';
import { ALL_COLUMNS, alsoReading, columnsOfFields, type StatementColumns } from '../statement/columns.js';
import { byFactionThenStatement } from './asOf.js';
import { controlAnswersCypher, controlAnswersWithoutSourcesCypher } from './queries.js';
import { claimFor, type ControlClaim } from './rows.js';

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
 * Who controls each place on a date, by the rules of src/control/asOf.ts (`answerAt`), decided in Neo4j
 * (`controlAnswersCypher`, src/control/queries.ts) so that only the answering claims travel.
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
