import type { SeedEntity } from '../ingest/schema.js';
import { dateInput, FIRST_DAY, iso, LAST_DAY } from './days.js';
import { arabic, spell, type Word } from './names.js';
import type { Random } from './prng.js';

/**
 * The articles that carry the attributions: spread over the whole conflict, published mostly by a few
 * prolific outlets (the state news agency first), each with a dateline. Kept in publication order, so
 * the article that reported a claim can be found right after the day it happened (`carrierFor`).
 */

export interface Article {
  entity: SeedEntity;
  day: number;
  /** The publishing outlet (index into the world's media). */
  publisher: number;
}

export interface Publisher {
  index: number;
  id: string;
  kind: string;
  /** Where it writes from (a place id). */
  base: string;
}

export interface Headline {
  town: Word;
  faction: string;
}

const TITLES_EN = [
  (h: Headline) => `${h.faction} takes control of ${spell(h.town)}`,
  (h: Headline) => `Thousands flee ${spell(h.town)} as fighting intensifies`,
  (h: Headline) => `Shelling kills civilians in ${spell(h.town)}`,
  (h: Headline) => `Evacuation deal reached for ${spell(h.town)}`,
  (h: Headline) => `Residents of ${spell(h.town)} fear the return of ${h.faction}`,
  (h: Headline) => `${h.faction} and rivals clash outside ${spell(h.town)}`,
  (h: Headline) => `Buses leave ${spell(h.town)} for the north`,
];
const TITLES_AR = [
  (h: Headline) => `اشتباكات عنيفة في ${arabic(h.town)}`,
  (h: Headline) => `نزوح الآلاف من ${arabic(h.town)}`,
  (h: Headline) => `قصف على ${arabic(h.town)}`,
];

export function buildArticles(
  rng: Random,
  count: number,
  publishers: readonly Publisher[],
  headline: () => Headline,
): Article[] {
  const days = Array.from({ length: count }, () => rng.int(FIRST_DAY, LAST_DAY)).sort((a, b) => a - b);
  return days.map((day, k) => {
    const publisher = publishers[rng.skewed(publishers.length)]!;
    const language =
      publisher.kind === 'state media' ? (rng.chance(0.5) ? 'ar' : 'en') : rng.chance(0.1) ? 'ar' : 'en';
    const title = rng.pick(language === 'ar' ? TITLES_AR : TITLES_EN)(headline());
    return {
      day,
      publisher: publisher.index,
      entity: {
        type: 'article',
        id: `article:${iso(day)}-${publisher.id.slice('media:'.length)}-${k}`,
        name: title,
        aliases: [],
        title,
        publishedOn: dateInput(day, 'day'),
        publisher: publisher.id,
        dateline: publisher.base,
        language,
      },
    };
  });
}

/** The days of the articles, in order, for `carrierFor`. */
export function articleDays(articles: readonly Article[]): Int32Array {
  return Int32Array.from(articles, (a) => a.day);
}

/**
 * An article published on `day` or within `window` articles after it (the last ones when `day` is past
 * them all): the article that reported what happened on that day.
 */
export function carrierFor(rng: Random, days: Int32Array, day: number, window: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  const first = Math.min(lo, Math.max(0, days.length - window));
  return Math.min(days.length - 1, first + Math.floor(rng.next() * window));
}
