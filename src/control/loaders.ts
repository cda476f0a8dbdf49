import DataLoader from 'dataloader';
import type { Database } from '../db/database.js';
import { inOrder } from '../pagination/loaderCache.js';
import { controlCandidates, controlClaims, type ClaimExtras, type PlaceClaims } from './queries.js';

/** `extras` receives the attributions and factions the claims query reads, for their own loaders. */
export function controlLoaders(db: Database, extras?: ClaimExtras) {
  return {
    /** Every control claim that may answer for a place, whatever the date: `at` is applied in memory. */
    controlClaimsByPlace: new DataLoader<string, PlaceClaims | null>(async (places) =>
      inOrder(places, await db.read((tx) => controlClaims(tx, places, extras)), null),
    ),
    controlCandidatesByFaction: new DataLoader<string, string[]>(async (factions) =>
      inOrder(factions, await db.read((tx) => controlCandidates(tx, factions)), []),
    ),
  };
}
