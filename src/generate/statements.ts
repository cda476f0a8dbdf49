import type { StatementKind } from '../statement/kinds.js';
import type { SeedStatement } from '../ingest/schema.js';
import type { ResolvedAttribution, ResolvedStatement } from '../ingest/validate.js';
import { carrierFor } from './articles.js';
import { dateInput, dateWords, type Precision } from './days.js';
import { EVENT_FORMS, type EventGroup } from './events.js';
import type { Fact } from './facts.js';
import type { Random } from './prng.js';
import { controlTimeline, type ControlClaim, type DatePart } from './timeline.js';
import { timelineRng, type World } from './world.js';

/**
 * The statements of a generated world, one at a time, each with its attributions resolved as the seed's
 * validation would resolve them (reporter, carrier, reportedOn, quote): background facts, then control
 * timelines place by place, then event groups. Exactly `world.options.statements` of them, always the same
 * for the same N and seed; nothing is kept once a statement has been handed over.
 */

type Draft = Omit<SeedStatement, 'id' | 'attributions'>;

const date = (part: DatePart | undefined) => (part ? dateInput(part.day, part.precision) : undefined);

/** 6000 -> "6,000", without Intl (which is slow when called a million times). */
function grouped(n: number): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/** Two significant digits: sources round. */
function rounded(n: number): number {
  if (n < 100) return Math.max(1, Math.round(n));
  const scale = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / scale) * scale;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export class StatementWriter {
  private readonly counters = new Map<string, number>();

  constructor(private readonly world: World) {}

  private id(kind: StatementKind): string {
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    return `stmt:${kind.replace('_', '-')}-${n}`;
  }

  private statement(draft: Draft, attributions: ResolvedAttribution[]): ResolvedStatement {
    const statement = { ...draft, id: this.id(draft.kind as StatementKind), attributions } as SeedStatement;
    return { statement, attributions };
  }

  private name(id: number, of: 'place' | 'faction'): string {
    return of === 'place' ? this.world.places[id]!.entity.name : this.world.factions[id]!.entity.name;
  }

  /**
   * `count` attributions to the press for something that happened on `day`: carried by an article
   * published then or soon after; reported by its outlet, or by a person or another outlet it relays.
   */
  private press(rng: Random, day: number, quote: string, count = 1): ResolvedAttribution[] {
    const w = this.world;
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

  private gazetteer(): ResolvedAttribution[] {
    const id = this.world.datasets.gazetteer.id;
    return [{ reporter: id, carriedBy: id }];
  }

  *background(): Generator<ResolvedStatement> {
    const rng = this.world.rng.derive('background-sources');
    for (const f of this.world.facts) yield this.fact(rng, f);
  }

  private fact(rng: Random, f: Fact): ResolvedStatement {
    const draft: Draft = {
      kind: f.kind,
      subject: f.subject,
      object: f.object,
      status: f.status,
      role: f.role,
      start: date(f.start),
      end: date(f.end),
      pointInTime: date(f.pointInTime),
      distance: f.distance,
      text: f.text,
    };
    return this.statement(
      draft,
      f.source === 'gazetteer' ? this.gazetteer() : this.press(rng, f.source, f.quote ?? f.text ?? ''),
    );
  }

  *control(): Generator<ResolvedStatement> {
    const w = this.world;
    for (const c of w.controlled) {
      const place = w.places[c.place]!.entity;
      const claims = controlTimeline(timelineRng(w.rng, place.id), c.input);
      const rng = w.rng.derive(`control-sources:${place.id}`);
      for (const claim of claims) yield this.claim(rng, place.id, place.name, claim);
    }
  }

  private claim(rng: Random, placeId: string, place: string, c: ControlClaim): ResolvedStatement {
    const faction = this.name(c.faction, 'faction');
    const words = (part: DatePart) => dateWords(part.day, part.precision);
    const quote =
      c.status === 'contested'
        ? `${faction} and ${this.name(c.rival!, 'faction')} were fighting for ${place} in ${words(c.start!)}`
        : c.status === 'expected'
          ? `${faction} is expected to enter ${place} within days`
          : c.pointInTime
            ? `${place} remained under the control of ${faction} on ${words(c.pointInTime)}`
            : c.status === 'ended'
              ? `${faction}'s control of ${place}, held since ${words(c.start!)}, ended in ${words(c.end!)}`
              : c.end
                ? `${faction} held ${place} from ${words(c.start!)} until ${words(c.end)}`
                : `${faction} has held ${place} since ${words(c.start!)}`;
    const attributions = this.press(rng, c.reportedFrom, quote, c.sources);
    // A monitoring group's dataset records some periods of control as well.
    if (c.start && c.status !== 'contested' && rng.chance(0.15)) {
      const monitor = this.world.datasets.monitor.id;
      attributions.push({
        reporter: monitor,
        carriedBy: monitor,
        reportedOn: dateInput(c.reportedFrom, 'month'),
      });
    }
    return this.statement(
      {
        kind: 'control',
        subject: this.world.factions[c.faction]!.entity.id,
        object: placeId,
        status: c.status,
        start: date(c.start),
        end: date(c.end),
        pointInTime: date(c.pointInTime),
      },
      attributions,
    );
  }

  *events(): Generator<ResolvedStatement> {
    const w = this.world;
    for (let g = 0; g < w.groups.length; g++)
      yield* this.group(w.rng.derive(`event-detail:${g}`), w.groups[g]!);
  }

  private *group(rng: Random, g: EventGroup): Generator<ResolvedStatement> {
    const w = this.world;
    const form = EVENT_FORMS[g.kind];
    const root = w.events[g.root]!;
    const rootName = lowerFirst(root.name);
    const town = w.places[g.town]!.entity;
    const occurred = (subject: string, name: string, day: number): ResolvedStatement => {
      if (g.kind === 'offensive') {
        const end = day + rng.int(5, 60);
        const precision: Precision = rng.chance(0.7) ? 'day' : 'month';
        return this.statement(
          {
            kind: 'occurred',
            subject,
            start: dateInput(day, precision),
            end: dateInput(end, precision),
          },
          this.press(
            rng,
            end,
            `The ${name} lasted from ${dateWords(day, precision)} to ${dateWords(end, precision)}`,
          ),
        );
      }
      const precision: Precision = rng.chance(0.75) ? 'day' : 'month';
      return this.statement(
        { kind: 'occurred', subject, pointInTime: dateInput(day, precision) },
        this.press(rng, day, `The ${name} took place on ${dateWords(day, precision)}`),
      );
    };

    yield occurred(root.id, rootName, g.day);
    if (g.kind === 'evacuation') {
      const destination = w.places[g.destination!]!.entity;
      yield this.statement(
        { kind: 'origin', subject: root.id, object: town.id },
        this.press(rng, g.day, `Buses carrying fighters and civilians left ${town.name}`),
      );
      yield this.statement(
        { kind: 'destination', subject: root.id, object: destination.id },
        this.press(rng, g.day, `The convoys headed for ${destination.name}`),
      );
    } else {
      yield this.statement(
        { kind: g.kind === 'displacement' ? 'origin' : 'location', subject: root.id, object: town.id },
        this.press(rng, g.day, `${town.name} was the scene of the ${rootName}`),
      );
    }
    for (const [i, f] of g.participants.entries()) {
      const faction = w.factions[f]!.entity;
      yield this.statement(
        {
          kind: 'participant',
          subject: faction.id,
          object: root.id,
          role: g.participants.length > 1 ? (i === 0 ? 'attacking side' : 'defending side') : undefined,
        },
        this.press(rng, g.day, `${faction.name} took part in the ${rootName}`),
      );
    }

    // Counts: each source its own figure, so they disagree.
    const unit = rng.pick(form.units);
    const base = 10 ** (form.size[0] + rng.next() * (form.size[1] - form.size[0]));
    const seen = new Set<string>();
    const count = (subject: string, name: string, day: number): ResolvedStatement => {
      const figure = (): { amount: number; phrasing: string } => {
        for (let attempt = 0; ; attempt++) {
          const amount = rounded(base * (0.5 + rng.next() * 1.1)) + (attempt > 5 ? attempt : 0);
          const phrasing =
            amount >= 1000 && rng.chance(0.15)
              ? 'thousands'
              : amount >= 100 && amount < 1000 && rng.chance(0.15)
                ? 'hundreds'
                : rng.pick(['exact', 'about', 'about', 'at_least', 'more_than', 'up_to']);
          const vague = phrasing === 'hundreds' || phrasing === 'thousands';
          const key = `${subject}|${phrasing}|${vague ? '' : amount}`;
          if (!seen.has(key)) {
            seen.add(key);
            return { amount, phrasing };
          }
        }
      };
      const { amount, phrasing } = figure();
      const text =
        phrasing === 'thousands'
          ? 'thousands of'
          : phrasing === 'hundreds'
            ? 'hundreds of'
            : `${{ exact: '', about: 'some ', at_least: 'at least ', more_than: 'more than ', up_to: 'up to ' }[phrasing]}${grouped(amount)}`;
      const expected = g.kind === 'evacuation' && rng.chance(0.3);
      const when = day + rng.int(0, 3);
      return this.statement(
        {
          kind: 'count',
          subject,
          status: expected ? 'expected' : undefined,
          pointInTime: dateInput(when, 'day'),
          count: {
            amount: phrasing === 'hundreds' || phrasing === 'thousands' ? undefined : amount,
            phrasing: phrasing as 'exact',
            unit,
            text,
          },
        },
        this.press(
          rng,
          when,
          `${text.charAt(0).toUpperCase()}${text.slice(1)} ${unit} ${expected ? 'are expected to leave' : 'in the'} ${expected ? town.name : name}`,
        ),
      );
    };
    for (let i = 0; i < g.rootCounts + g.extraCounts; i++) yield count(root.id, rootName, g.day);

    for (const [p, index] of g.parts.entries()) {
      const part = w.events[index]!;
      const partName = lowerFirst(part.name);
      const day = g.day + p * rng.int(1, 3);
      yield this.statement(
        { kind: 'part_of', subject: part.id, object: root.id },
        this.press(rng, day, `The ${partName} was part of the ${rootName}`),
      );
      yield occurred(part.id, partName, day);
      for (let i = 0; i < g.partCounts[p]!; i++) yield count(part.id, partName, day);
    }
  }

  /** Every statement of the world, in order. */
  *all(): Generator<ResolvedStatement> {
    yield* this.background();
    yield* this.control();
    yield* this.events();
  }
}
