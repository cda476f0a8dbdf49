import type { ResolvedStatement } from '../ingest/validate.js';
import { dateInput, dateWords, type Precision } from './days.js';
import { EVENT_FORMS, type EventGroup } from './events.js';
import { press } from './pressAttributions.js';
import type { Random } from './prng.js';
import type { StatementIds } from './statementDrafts.js';
import type { World } from './world.js';

/**
 * The statements of one event group: when it occurred, where, who took part, its parts, and the counts
 * each source gives of it, which disagree as sources do.
 */

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

export function* eventGroupStatements(
  w: World,
  ids: StatementIds,
  rng: Random,
  g: EventGroup,
): Generator<ResolvedStatement> {
  const form = EVENT_FORMS[g.kind];
  const root = w.events[g.root]!;
  const rootName = lowerFirst(root.name);
  const town = w.places[g.town]!.entity;
  const occurred = (subject: string, name: string, day: number): ResolvedStatement => {
    if (g.kind === 'offensive') {
      const end = day + rng.int(5, 60);
      const precision: Precision = rng.chance(0.7) ? 'day' : 'month';
      return ids.statement(
        {
          kind: 'occurred',
          subject,
          start: dateInput(day, precision),
          end: dateInput(end, precision),
        },
        press(
          w,
          rng,
          end,
          `The ${name} lasted from ${dateWords(day, precision)} to ${dateWords(end, precision)}`,
        ),
      );
    }
    const precision: Precision = rng.chance(0.75) ? 'day' : 'month';
    return ids.statement(
      { kind: 'occurred', subject, pointInTime: dateInput(day, precision) },
      press(w, rng, day, `The ${name} took place on ${dateWords(day, precision)}`),
    );
  };

  yield occurred(root.id, rootName, g.day);
  if (g.kind === 'evacuation') {
    const destination = w.places[g.destination!]!.entity;
    yield ids.statement(
      { kind: 'origin', subject: root.id, object: town.id },
      press(w, rng, g.day, `Buses carrying fighters and civilians left ${town.name}`),
    );
    yield ids.statement(
      { kind: 'destination', subject: root.id, object: destination.id },
      press(w, rng, g.day, `The convoys headed for ${destination.name}`),
    );
  } else {
    yield ids.statement(
      { kind: g.kind === 'displacement' ? 'origin' : 'location', subject: root.id, object: town.id },
      press(w, rng, g.day, `${town.name} was the scene of the ${rootName}`),
    );
  }
  for (const [i, f] of g.participants.entries()) {
    const faction = w.factions[f]!.entity;
    yield ids.statement(
      {
        kind: 'participant',
        subject: faction.id,
        object: root.id,
        role: g.participants.length > 1 ? (i === 0 ? 'attacking side' : 'defending side') : undefined,
      },
      press(w, rng, g.day, `${faction.name} took part in the ${rootName}`),
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
    return ids.statement(
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
      press(
        w,
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
    yield ids.statement(
      { kind: 'part_of', subject: part.id, object: root.id },
      press(w, rng, day, `The ${partName} was part of the ${rootName}`),
    );
    yield occurred(part.id, partName, day);
    for (let i = 0; i < g.partCounts[p]!; i++) yield count(part.id, partName, day);
  }
}
