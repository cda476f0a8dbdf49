import type { ResolvedStatement } from '../ingest/validate.js';
import { dateInput, dateWords } from './days.js';
import { eventGroupStatements } from './eventStatements.js';
import type { Fact } from './facts.js';
import { gazetteer, press } from './pressAttributions.js';
import type { Random } from './prng.js';
import { date, StatementIds, type Draft } from './statementDrafts.js';
import { controlTimeline, type ControlClaim, type DatePart } from './timeline.js';
import { timelineRng, type World } from './world.js';

/**
 * The statements of a generated world, one at a time, each with its attributions resolved as the seed's
 * validation would resolve them (reporter, carrier, reportedOn, quote): background facts, then control
 * timelines place by place, then event groups (eventStatements.ts). Exactly `world.options.statements`
 * of them, always the same for the same N and seed; nothing is kept once a statement has been handed over.
 */

export class StatementWriter {
  private readonly ids = new StatementIds();

  constructor(private readonly world: World) {}

  private name(id: number, of: 'place' | 'faction'): string {
    return of === 'place' ? this.world.places[id]!.entity.name : this.world.factions[id]!.entity.name;
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
    return this.ids.statement(
      draft,
      f.source === 'gazetteer'
        ? gazetteer(this.world)
        : press(this.world, rng, f.source, f.quote ?? f.text ?? ''),
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
    const attributions = press(this.world, rng, c.reportedFrom, quote, c.sources);
    // A monitoring group's dataset records some periods of control as well.
    if (c.start && c.status !== 'contested' && rng.chance(0.15)) {
      const monitor = this.world.datasets.monitor.id;
      attributions.push({
        reporter: monitor,
        carriedBy: monitor,
        reportedOn: dateInput(c.reportedFrom, 'month'),
      });
    }
    return this.ids.statement(
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
      yield* eventGroupStatements(w, this.ids, w.rng.derive(`event-detail:${g}`), w.groups[g]!);
  }

  /** Every statement of the world, in order. */
  *all(): Generator<ResolvedStatement> {
    yield* this.background();
    yield* this.control();
    yield* this.events();
  }
}
