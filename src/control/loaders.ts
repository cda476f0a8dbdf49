import DataLoader from 'dataloader';
import type { Database } from '../db/database.js';
import { inOrder } from '../pagination/loaderCache.js';
import type { KeepExtras } from '../statement/bundle.js';
import type { StatementColumns } from '../statement/columns.js';
import { controlAnswers, type ControlAnswer } from './answers.js';
import { controlCandidates, controlClaims, type PlaceClaims } from './queries.js';

/** `keep` receives the statements, attributions and entities the control queries read, for their loaders. */
export function controlLoaders(db: Database, keep?: KeepExtras) {
  const answersAt = new Map<string, DataLoader<string, ControlAnswer | null>>();
  return {
    /** Every control claim that may answer for a place, whatever the date: for timelines. */
    controlClaimsByPlace: new DataLoader<string, PlaceClaims | null>(async (places) =>
      inOrder(places, await db.read((tx) => controlClaims(tx, places, keep)), null),
    ),
    /**
     * Who controls each place on `at` (null: the latest reported day), one batch per date asked, per
     * `withSources` (whether the query goes on to the claims' attributions) and per statement columns read.
     */
    controlAnswersAt(
      at: string | null,
      withSources: boolean,
      columns: StatementColumns,
    ): DataLoader<string, ControlAnswer | null> {
      const key = `${withSources ? 'sources' : 'bare'}:${columns.key}:${at ?? ''}`;
      let loader = answersAt.get(key);
      if (!loader) {
        loader = new DataLoader(async (places) =>
          inOrder(
            places,
            await db.read((tx) => controlAnswers(tx, places, at, keep, withSources, columns)),
            null,
          ),
        );
        answersAt.set(key, loader);
      }
      return loader;
    },
    controlCandidatesByFaction: new DataLoader<string, string[]>(async (factions) =>
      inOrder(factions, await db.read((tx) => controlCandidates(tx, factions)), []),
    ),
  };
}
