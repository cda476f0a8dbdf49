import type { SeedEntity } from '../ingest/schema.js';
import { allyFactions, baseOutlets, placePeople } from './affiliationFacts.js';
import { reachAgreements } from './agreementFacts.js';
import { BackgroundDraft, type BackgroundInput, type Fact } from './backgroundDraft.js';
import { locatePlaces, measureDistances } from './placeFacts.js';
import type { Random } from './prng.js';

/**
 * The background of the graph, small beside control and events: where places lie (cited to the
 * gazetteer dataset), distances, who is allied with or affiliated to whom (alliances that change over
 * the years), where outlets and people are based, and agreements with their parties, places and terms.
 */

export type { BackgroundInput, Fact };

export interface Background {
  facts: Fact[];
  agreements: SeedEntity[];
  /** Where each outlet writes from (place ids, by media index). */
  mediaBases: string[];
}

export function buildBackground(rng: Random, input: BackgroundInput): Background {
  const draft = new BackgroundDraft(rng, input);
  // One random stream: this order is part of the graph a seed gives.
  locatePlaces(draft);
  measureDistances(draft);
  allyFactions(draft);
  const mediaBases = baseOutlets(draft);
  placePeople(draft);
  const agreements = reachAgreements(draft);
  return { facts: draft.facts, agreements, mediaBases };
}
