import DataLoader from 'dataloader';
import type { Database } from '../db/database.js';
import { inOrder } from '../pagination/loaderCache.js';
import { controlCandidates, controlClaims, type PlaceClaims } from './queries.js';

export function controlLoaders(db: Database) {
  return {
    /** Every control claim that may answer for a place, whatever the date: `at` is applied in memory. */
    controlClaimsByPlace: new DataLoader<string, PlaceClaims | null>(async (places) =>
      inOrder(places, await db.read((tx) => controlClaims(tx, places)), null),
    ),
    controlCandidatesByFaction: new DataLoader<string, string[]>(async (factions) =>
      inOrder(factions, await db.read((tx) => controlCandidates(tx, factions)), []),
    ),
  };
}
