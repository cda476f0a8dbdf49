import type { ResolvedAttribution } from '../ingest/validate.js';
import { carrierFor } from './articles.js';
import { dateInput } from './days.js';
import type { Random } from './prng.js';
import type { World } from './world.js';

/**
 * `count` attributions to the press for something that happened on `day`: carried by an article
 * published then or soon after; reported by its outlet, or by a person or another outlet it relays.
 */
export function press(w: World, rng: Random, day: number, quote: string, count = 1): ResolvedAttribution[] {
  const out: ResolvedAttribution[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    const article = w.articles[carrierFor(rng, w.articleDays, day, w.carrierWindow)]!;
    const r = rng.next();
    const publisher = w.media[article.publisher]!.entity;
    const reporter =
      r < 0.65
        ? publisher
        : r < 0.85
          ? w.persons[rng.skewed(w.persons.length)]!.entity
          : w.media[rng.skewed(w.media.length)]!.entity;
    const relayed = reporter.id !== publisher.id;
    const earlier = article.day - rng.int(1, 3);
    const reportedOn =
      relayed && earlier >= day && rng.chance(0.3)
        ? dateInput(earlier, 'day', 'reported at the time')
        : dateInput(article.day, 'day');
    const key = `${reporter.id}|${article.entity.id}|${reportedOn.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      reporter: reporter.id,
      carriedBy: article.entity.id,
      reportedOn,
      quote: relayed ? `${quote}, according to ${reporter.name}.` : `${quote}.`,
    });
  }
  return out;
}

/** The gazetteer dataset as reporter and carrier of a background fact. */
export function gazetteer(w: World): ResolvedAttribution[] {
  const id = w.datasets.gazetteer.id;
  return [{ reporter: id, carriedBy: id }];
}
