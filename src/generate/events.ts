import type { SeedEntity } from '../ingest/schema.js';
import { FIRST_DAY, LAST_DAY, monthWords } from './days.js';
import { arabic, spell, type Word } from './names.js';
import type { Random } from './prng.js';

/**
 * Events in groups: a root event (an evacuation, an offensive, a shelling ...) in a town, with its parts
 * for evacuations and offensives (rounds, phases: PART_OF the root), the factions taking part, and counts
 * of people that different sources report differently ("about 6,000", "more than 4,000", "hundreds").
 * The plan of a group fixes how many statements it makes, so the world can fill the statement count
 * exactly; statements.ts writes them.
 */

export type EventKind =
  'evacuation' | 'offensive' | 'shelling' | 'airstrike' | 'clashes' | 'displacement' | 'protest';

interface KindForm {
  en: string;
  ar: string;
  /** What is counted, and the typical size (log10 of it, low and high). */
  units: readonly string[];
  size: [number, number];
  /** Parts (rounds, phases), at most. */
  parts: number;
  partName?: string;
  participants: [number, number];
}

export const EVENT_FORMS: Record<EventKind, KindForm> = {
  evacuation: {
    en: 'Evacuation of %',
    ar: 'إخلاء %',
    units: ['fighters and civilians', 'people', 'fighters and their families'],
    size: [2.3, 4.1],
    parts: 3,
    partName: 'round of the evacuation of %',
    participants: [1, 2],
  },
  offensive: {
    en: 'Offensive on %',
    ar: 'هجوم على %',
    units: ['fighters killed', 'people killed', 'people displaced'],
    size: [1.3, 3.5],
    parts: 2,
    partName: 'phase of the offensive on %',
    participants: [2, 2],
  },
  shelling: {
    en: 'Shelling of %',
    ar: 'قصف %',
    units: ['civilians killed', 'people wounded'],
    size: [0.3, 1.9],
    parts: 0,
    participants: [1, 1],
  },
  airstrike: {
    en: 'Airstrike on %',
    ar: 'غارة جوية على %',
    units: ['civilians killed', 'people killed'],
    size: [0.3, 1.8],
    parts: 0,
    participants: [1, 1],
  },
  clashes: {
    en: 'Clashes in %',
    ar: 'اشتباكات في %',
    units: ['fighters killed', 'people killed'],
    size: [0.5, 2.2],
    parts: 0,
    participants: [2, 2],
  },
  displacement: {
    en: 'Displacement from %',
    ar: 'نزوح من %',
    units: ['families displaced', 'people displaced'],
    size: [2, 4.5],
    parts: 0,
    participants: [0, 1],
  },
  protest: {
    en: 'Protest in %',
    ar: 'مظاهرة في %',
    units: ['protesters'],
    size: [1.7, 3.7],
    parts: 0,
    participants: [0, 1],
  },
};

const KINDS = Object.keys(EVENT_FORMS) as EventKind[];
const WEIGHTS: Record<EventKind, number> = {
  evacuation: 2,
  offensive: 2,
  shelling: 3,
  airstrike: 2,
  clashes: 3,
  displacement: 2,
  protest: 1,
};
const ORDINALS = ['First', 'Second', 'Third'];

export interface EventGroup {
  kind: EventKind;
  /** Where it happened (a place index); for evacuations and displacement, where people left from. */
  town: number;
  /** Where people went, for evacuations. */
  destination: number | null;
  day: number;
  /** Indices into the world's events: the root, then its parts. */
  root: number;
  parts: number[];
  participants: number[];
  /** Count statements about the root (at least two, which differ), and about each part. */
  rootCounts: number;
  partCounts: number[];
  /** Further count statements about the root, to make the total statement count exact. */
  extraCounts: number;
}

/** How many statements a group makes (statements.ts writes exactly these). */
export function groupStatements(g: EventGroup): number {
  const where = g.kind === 'evacuation' ? 2 : 1;
  const root = 1 + where + g.participants.length + g.rootCounts + g.extraCounts;
  return root + g.partCounts.reduce((n, c) => n + 2 + c, 0);
}

export interface TownRef {
  index: number;
  id: string;
  word: Word;
  pool: readonly number[];
}

/**
 * Plans one group and makes its event entities, appended to `events`. `pickTown` gives the town where it
 * happens, and another town for an evacuation's destination.
 */
export function planGroup(
  rng: Random,
  index: number,
  pickTown: () => TownRef,
  events: SeedEntity[],
): EventGroup {
  let r = rng.next() * KINDS.reduce((n, k) => n + WEIGHTS[k], 0);
  const kind = KINDS.find((k) => (r -= WEIGHTS[k]) < 0) ?? 'clashes';
  const form = EVENT_FORMS[kind];
  const town = pickTown();
  const destination = kind === 'evacuation' ? pickTown() : null;
  const day = rng.int(FIRST_DAY + 30, LAST_DAY - 30);
  const when = monthWords(day);
  const place = spell(town.word);
  const rootName = `${form.en.replace('%', place)} (${when})`;
  const rootId = `event:${kind}-${town.id.slice('place:'.length)}-${index}`;
  events.push({
    type: 'event',
    id: rootId,
    name: rootName,
    aliases: [
      `${form.en.replace('%', spell(town.word, rng))} (${when})`,
      form.ar.replace('%', arabic(town.word)),
    ],
    kind,
  });
  const root = events.length - 1;
  const parts: number[] = [];
  const nParts = form.parts ? rng.int(0, form.parts) : 0;
  for (let p = 0; p < nParts; p++) {
    events.push({
      type: 'event',
      id: `${rootId}-part-${p + 1}`,
      name: `${ORDINALS[p]} ${form.partName!.replace('%', place)} (${when})`,
      aliases: [],
      kind,
    });
    parts.push(events.length - 1);
  }
  const [minP, maxP] = form.participants;
  const participants = rng.sample(town.pool, rng.int(minP, maxP));
  return {
    kind,
    town: town.index,
    destination: destination?.index ?? null,
    day,
    root,
    parts,
    participants,
    rootCounts: rng.int(2, 4),
    partCounts: parts.map(() => rng.int(1, 2)),
    extraCounts: 0,
  };
}
