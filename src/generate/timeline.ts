import { FIRST_DAY, LAST_DAY, somePrecision, type Precision } from './days.js';
import type { Random } from './prng.js';

/**
 * One place's control timeline, as sources report it: periods held by one faction after another, each
 * reported when it began (and ended), with reports in between that a faction still holds it, rival
 * claims that the place is contested, and now and then a faction expected to take it. Dates come at the
 * precision a source would give them: a year, a month or a day.
 */

export type Status = 'held' | 'contested' | 'expected' | 'ended';

export interface DatePart {
  day: number;
  precision: Precision;
}

export interface ControlClaim {
  faction: number;
  status: Status;
  start?: DatePart;
  end?: DatePart;
  pointInTime?: DatePart;
  /** Whom the claim was at war with, for contested claims (a faction index). */
  rival?: number;
  /** The first day a source can have reported it. */
  reportedFrom: number;
  /** How many sources report it. */
  sources: number;
}

export type TimelineLevel = 'province' | 'region' | 'town' | 'history';

export interface TimelineInput {
  level: TimelineLevel;
  /** The factions active where the place is (indices); never empty. */
  pool: readonly number[];
  /** The faction that holds the place first, when it must be a given one. */
  first?: number;
}

const PERIODS: Record<TimelineLevel, [number, number]> = {
  province: [10, 24],
  region: [5, 12],
  town: [4, 14],
  // The place with the longest history: the benchmark's controlHistory target (targets.ts).
  history: [36, 36],
};

function other(rng: Random, pool: readonly number[], not: number): number {
  const choices = pool.filter((f) => f !== not);
  return choices.length ? rng.pick(choices) : not;
}

/** The claims about one place, in the order they are written; a pure function of its input and `rng`. */
export function controlTimeline(rng: Random, input: TimelineInput): ControlClaim[] {
  const [min, max] = PERIODS[input.level];
  const periods = rng.int(min, max);
  const history = input.level === 'history';
  const first = FIRST_DAY + rng.int(0, 400);
  const cuts = new Set<number>();
  while (cuts.size < periods - 1) cuts.add(rng.int(first + 30, LAST_DAY - 60));
  const bounds = [first, ...[...cuts].sort((a, b) => a - b)];

  const claims: ControlClaim[] = [];
  let holder = input.first ?? rng.pick(input.pool);
  for (let j = 0; j < periods; j++) {
    if (j > 0) holder = other(rng, input.pool, holder);
    const from = bounds[j]!;
    const to = j + 1 < periods ? bounds[j + 1]! - 1 : null;
    const last = to ?? LAST_DAY;
    claims.push({
      faction: holder,
      status: to !== null && rng.chance(0.25) ? 'ended' : 'held',
      start: { day: from, precision: somePrecision(rng) },
      end: to === null ? undefined : { day: to, precision: somePrecision(rng) },
      reportedFrom: to ?? from,
      sources: rng.chance(0.3) ? 2 : 1,
    });
    const reports = rng.int(history ? 1 : 0, history ? 3 : 2);
    for (let k = 0; k < reports; k++) {
      const day = rng.int(from, Math.min(last, from + 720));
      claims.push({
        faction: holder,
        status: 'held',
        pointInTime: { day, precision: rng.chance(0.7) ? 'day' : 'month' },
        reportedFrom: day,
        sources: 1,
      });
    }
    if (rng.chance(history ? 0.6 : 0.25)) {
      const rival = other(rng, input.pool, holder);
      const start = rng.int(from, last);
      const end = Math.min(last, start + rng.int(20, 240));
      claims.push({
        faction: rival,
        status: 'contested',
        rival: holder,
        start: { day: start, precision: rng.chance(0.6) ? 'day' : 'month' },
        end: { day: end, precision: 'day' },
        reportedFrom: start,
        sources: 1,
      });
    }
  }
  if (rng.chance(0.15)) {
    const day = rng.int(LAST_DAY - 180, LAST_DAY);
    claims.push({
      faction: other(rng, input.pool, holder),
      status: 'expected',
      pointInTime: { day, precision: 'day' },
      reportedFrom: day,
      sources: 1,
    });
  }
  return claims;
}
