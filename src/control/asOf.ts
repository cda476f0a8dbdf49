import { shiftDay } from '../dates/dateValue.js';
import { parsePartialDate } from '../dates/partialDate.js';
import type { ControlClaim } from './rows.js';

/**
 * The as-of rules of control, shared by whoControls, controlledBy and controlHistory so the three always
 * agree. Days are YYYY-MM-DD strings, which compare in calendar order.
 */

/** The days a claim may cover; null ends are open (no known beginning, or still so). */
export interface Span {
  from: string | null;
  to: string | null;
}

/**
 * A claim's span. Imprecise dates count as their whole period, so "since 2012" may hold from 2012-01-01.
 * A start with no end runs on; a point in time alone covers its own period; a claim with no date of its
 * own is dated by when it was reported, and one never reported (a background fact) covers all time.
 */
export function spanOf(claim: ControlClaim): Span {
  const { start, end, pointInTime } = claim.statement;
  if (start !== null || end !== null) {
    return {
      from: start === null ? null : parsePartialDate(start).first,
      to: end === null ? null : parsePartialDate(end).last,
    };
  }
  if (pointInTime !== null) {
    const period = parsePartialDate(pointInTime);
    return { from: period.first, to: period.last };
  }
  return { from: claim.reportedFrom, to: claim.reportedTo };
}

function overlaps(span: Span, first: string, last: string): boolean {
  return (span.from === null || span.from <= last) && (span.to === null || span.to >= first);
}

/** The latest day any of the claims names, or null when none has a date. */
export function latestDay(claims: readonly ControlClaim[]): string | null {
  let latest: string | null = null;
  for (const claim of claims) {
    const { from, to } = spanOf(claim);
    for (const day of [from, to]) if (day !== null && (latest === null || day > latest)) latest = day;
  }
  return latest;
}

/** The order answers list their claims in: by faction, then statement. */
export const byFactionThenStatement = (a: ControlClaim, b: ControlClaim) =>
  a.faction.localeCompare(b.faction) || a.statement.id.localeCompare(b.statement.id);

/** The claims about the nearest places that have any, of claims already in answer order. */
function nearestOfSorted(claims: readonly ControlClaim[]): ControlClaim[] {
  let distance = Infinity;
  for (const claim of claims) distance = Math.min(distance, claim.distance);
  return claims.filter((c) => c.distance === distance);
}

/** The claims about the nearest places that have any: a statement about a place overrides its surroundings. */
function nearest(claims: readonly ControlClaim[]): ControlClaim[] {
  return nearestOfSorted([...claims].sort(byFactionThenStatement));
}

export interface Answer {
  /** The date answered for: the `at` asked, or the latest reported day. */
  asOf: string | null;
  claims: ControlClaim[];
}

/** Who controls the place on `at` (a day, month or year), or on the latest reported day when `at` is null. */
export function answerAt(claims: readonly ControlClaim[], at: string | null): Answer {
  const asOf = at ?? latestDay(claims);
  if (asOf === null) return { asOf, claims: nearest(claims) };
  const period = parsePartialDate(asOf);
  return { asOf, claims: nearest(claims.filter((c) => overlaps(spanOf(c), period.first, period.last))) };
}

export interface Period {
  from: string | null;
  to: string | null;
  claims: ControlClaim[];
}

const sameClaims = (a: readonly ControlClaim[], b: readonly ControlClaim[]) =>
  a.length === b.length &&
  a.every((c, i) => c.statement.id === b[i]!.statement.id && c.scope === b[i]!.scope);

/** The claims whose range of pieces, first[i] to last[i], holds piece `at`. */
function inPiece(claims: readonly ControlClaim[], first: number[], last: number[], at: number) {
  const found: ControlClaim[] = [];
  for (let i = 0; i < claims.length; i++) if (first[i]! <= at && at <= last[i]!) found.push(claims[i]!);
  return found;
}

/**
 * The timeline: cut at every day a claim may begin or end, each piece answered as `answerAt` would for
 * any day in it, equal neighbours merged, and empty pieces before the first claim and after the last dropped.
 *
 * A sweep over the cuts: each claim is turned once into the range of pieces it covers, and the claims are
 * sorted once, so a piece's answer is a filter in order, not a search and a sort of its own (a province's
 * timeline has some hundred claims and twice as many pieces).
 */
export function controlPeriods(claims: readonly ControlClaim[]): Period[] {
  const sorted = [...claims].sort(byFactionThenStatement);
  const spans = sorted.map(spanOf);
  const cuts = new Set<string>();
  for (const span of spans) {
    if (span.from !== null) cuts.add(span.from);
    if (span.to !== null) cuts.add(shiftDay(span.to, 1));
  }
  const starts = [...cuts].sort();
  // Piece 0 runs up to the day before the first cut, piece i + 1 from cut i to the day before cut i + 1.
  const pieces: { from: string | null; to: string | null }[] = [];
  let from: string | null = null;
  for (const start of starts) {
    pieces.push({ from, to: shiftDay(start, -1) });
    from = start;
  }
  pieces.push({ from, to: null });

  const pieceStartingAt = new Map(starts.map((start, i) => [start, i + 1]));
  const first = spans.map((span) => (span.from === null ? 0 : pieceStartingAt.get(span.from)!));
  const last = spans.map((span) =>
    span.to === null ? pieces.length - 1 : pieceStartingAt.get(shiftDay(span.to, 1))! - 1,
  );

  const periods: Period[] = [];
  pieces.forEach((piece, at) => {
    const answer = nearestOfSorted(inPiece(sorted, first, last, at));
    const previous = periods.at(-1);
    if (previous && sameClaims(previous.claims, answer)) previous.to = piece.to;
    else periods.push({ from: piece.from, to: piece.to, claims: answer });
  });
  while (periods.length && periods[0]!.claims.length === 0) periods.shift();
  while (periods.length && periods.at(-1)!.claims.length === 0) periods.pop();
  return periods;
}
