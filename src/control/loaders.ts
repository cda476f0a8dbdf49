import type { Database } from '../db/database.js';
import { batchLoader, perArguments } from '../loaders/kit.js';
import type { KeepExtras } from '../statement/bundle.js';
import type { StatementColumns } from '../statement/columns.js';
import { controlAnswers, type ControlAnswer } from './answers.js';
import { controlCandidates, controlClaims, type PlaceClaims } from './queries.js';

/** `keep` receives the statements, attributions and entities the control queries read, for their loaders. */
export function controlLoaders(db: Database, keep?: KeepExtras) {
  return {
    /** Every control claim that may answer for a place, whatever the date: for timelines. */
    controlClaimsByPlace: batchLoader<string, PlaceClaims | null>(
      (places) => db.read((tx) => controlClaims(tx, places, keep)),
      null,
    ),
    /**
     * Who controls each place on `at` (null: the latest reported day), one batch per date asked, per
     * `withSources` (whether the query goes on to the claims' attributions) and per statement columns read.
     */
    controlAnswersAt: perArguments(
      (at: string | null, withSources: boolean, columns: StatementColumns) =>
        `${withSources ? 'sources' : 'bare'}:${columns.key}:${at ?? ''}`,
      (at, withSources, columns) =>
        batchLoader<string, ControlAnswer | null>(
          (places) => db.read((tx) => controlAnswers(tx, places, at, keep, withSources, columns)),
          null,
        ),
    ),
    controlCandidatesByFaction: batchLoader<string, string[]>(
      (factions) => db.read((tx) => controlCandidates(tx, factions)),
      [],
    ),
  };
}
