import type { StatementKind } from '../statement/kinds.js';
import type { Actors } from './actors.js';
import { FIRST_DAY, LAST_DAY, type Precision } from './days.js';
import type { PlaceWorld } from './places.js';
import type { Random } from './prng.js';
import type { DatePart, Status } from './timeline.js';

/**
 * What the background's parts (placeFacts.ts, affiliationFacts.ts, agreementFacts.ts) share: the fact
 * they write, what they are built from, and one list they append to in turn. The parts draw from one
 * random stream, so the order facts.ts calls them in is part of the generated graph.
 */

export const BEARINGS = [
  'north',
  'northeast',
  'east',
  'southeast',
  'south',
  'southwest',
  'west',
  'northwest',
] as const;

export interface Fact {
  kind: StatementKind;
  subject: string;
  object?: string;
  status?: Status;
  role?: string;
  start?: DatePart;
  end?: DatePart;
  pointInTime?: DatePart;
  distance?: {
    amount: number;
    phrasing: 'about' | 'exact';
    unit: 'km';
    bearing: (typeof BEARINGS)[number];
    text: string;
  };
  text?: string;
  /** Cited to the gazetteer dataset, or reported in the press from this day on. */
  source: 'gazetteer' | number;
  quote?: string;
}

export interface BackgroundInput {
  places: PlaceWorld;
  actors: Actors;
  agreements: number;
  /** The factions active in each province (by province index). */
  pools: Map<number, number[]>;
  /** The person whose connections the benchmark asks for, and the faction he speaks for. */
  connection: { person: number; faction: number };
  /** Towns no faction is based in and no one is placed in, so the connection stays three steps long. */
  keepApart: ReadonlySet<number>;
}

export const some = (rng: Random, precision: Precision[] = ['year', 'month', 'day']): Precision =>
  rng.pick(precision);

export class BackgroundDraft {
  readonly facts: Fact[] = [];
  readonly pw: PlaceWorld;
  readonly actors: Actors;

  constructor(
    readonly rng: Random,
    readonly input: BackgroundInput,
  ) {
    this.pw = input.places;
    this.actors = input.actors;
  }

  place(i: number) {
    return this.pw.places[i]!;
  }

  name(i: number): string {
    return this.place(i).entity.name;
  }

  faction(i: number) {
    return this.actors.factions[i]!.entity;
  }

  someTown(): number {
    for (;;) {
      const town = this.rng.pick(this.pw.towns);
      if (!this.input.keepApart.has(town)) return town;
    }
  }

  someDay(): number {
    return this.rng.int(FIRST_DAY, LAST_DAY - 365);
  }

  /** `subject` affiliated to faction `object` from `from`, as reported then. */
  ally(subject: string, object: number, from: number, quote: string, extra: Partial<Fact> = {}): void {
    this.facts.push({
      kind: 'affiliation',
      subject,
      object: this.faction(object).id,
      status: 'held',
      start: { day: from, precision: some(this.rng) },
      source: from,
      quote,
      ...extra,
    });
  }
}
