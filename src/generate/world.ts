import type { SeedEntity } from '../ingest/schema.js';
import { buildActors, type Actors } from './actors.js';
import { articleDays, buildArticles, type Article } from './articles.js';
import { FIRST_DAY, LAST_DAY } from './days.js';
import { groupStatements, planGroup, type EventGroup, type TownRef } from './events.js';
import { buildBackground, type Fact } from './facts.js';
import { WordRegistry } from './names.js';
import { buildPlaces, type PlaceWorld } from './places.js';
import { Random } from './prng.js';
import { GenerateOptionsError } from './errors.js';
import { controlTimeline, type TimelineInput } from './timeline.js';

export { GenerateOptionsError };

/**
 * The shape of a generated graph, scaled from the statement count N: how many provinces, regions,
 * towns, factions, outlets, people, articles and agreements; which places have control timelines of
 * their own; and the event groups that fill the statement count to exactly N. Everything here is a pure
 * function of N and the seed; the statements themselves are written by statements.ts, one batch at a time.
 */

/** Bump when the same N and seed would give another graph: the benchmark reuses a graph only of its own version. */
export const GENERATOR_VERSION = 1;
export const MIN_STATEMENTS = 1_000;
export const MAX_STATEMENTS = 5_000_000;

export interface GenerateInput {
  statements: number;
  seed: number;
}

export interface Shape {
  provinces: number;
  regions: number;
  towns: number;
  factions: number;
  media: number;
  persons: number;
  articles: number;
  agreements: number;
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(n)));

export function shapeOf(statements: number): Shape {
  const towns = clamp(statements / 40, 25, 150_000);
  const provinces = clamp(4 + Math.cbrt(statements) / 10, 3, 40);
  return {
    provinces,
    // At least three towns in each region (the benchmark's targets take three from the first).
    regions: Math.min(Math.max(Math.round(towns / 150), 2 * provinces), Math.floor(towns / 4)),
    towns,
    factions: clamp(statements / 2500, 12, 2000),
    media: clamp(statements / 5000, 6, 1000),
    persons: clamp(statements / 2000, 6, 2500),
    articles: clamp(statements / 25, 40, 200_000),
    agreements: clamp(statements / 20_000, 1, 250),
  };
}

/** A place with a control timeline of its own, and how many claims it has. */
export interface Controlled {
  place: number;
  input: TimelineInput;
  claims: number;
}

export interface World extends PlaceWorld, Actors {
  options: GenerateInput;
  rng: Random;
  shape: Shape;
  datasets: { gazetteer: SeedEntity; monitor: SeedEntity };
  facts: Fact[];
  agreements: SeedEntity[];
  /** The factions active in each province (by province index). */
  pools: Map<number, number[]>;
  controlled: Controlled[];
  events: SeedEntity[];
  groups: EventGroup[];
  articles: Article[];
  articleDays: Int32Array;
  /** How many articles after a day the one that reported it may be. */
  carrierWindow: number;
  /** Statements per part of the graph; they add up to N. */
  budget: { background: number; control: number; events: number };
  /** The places and people the benchmark's targets are made from (targets.ts). */
  special: {
    inferredTown: number;
    connectionTown: number;
    connectionPerson: number;
    connectionFaction: number;
    historyPlace: number;
    searchTown: number;
  };
}

export function checkOptions({ statements, seed }: GenerateInput): void {
  if (!Number.isInteger(statements) || statements < MIN_STATEMENTS || statements > MAX_STATEMENTS) {
    throw new GenerateOptionsError(
      `the statement count must be a whole number from ${MIN_STATEMENTS.toLocaleString('en')} to ${MAX_STATEMENTS.toLocaleString('en')}, not ${statements}`,
    );
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new GenerateOptionsError(`the seed must be a whole number from 0 to 4294967295, not ${seed}`);
  }
}

export function buildWorld(options: GenerateInput): World {
  checkOptions(options);
  const rng = new Random(options.seed);
  const shape = shapeOf(options.statements);
  const words = new WordRegistry();
  const pw = buildPlaces(rng.derive('places'), words, shape);
  const country = pw.places[pw.country]!;
  const neighbour = pw.places[pw.neighbour]!;
  const actors = buildActors(
    rng.derive('actors'),
    words,
    shape,
    { name: country.entity.name, word: country.word },
    { name: neighbour.entity.name, word: neighbour.word },
  );

  // The first region's first three towns: one left to inference, one with claims of its own, one the
  // benchmark's connection ends at (also without claims, so the path to it runs through the region).
  const region0 = pw.regions[0]!;
  const [inferredTown, ownClaims, connectionTown] = pw.townsOf.get(region0)!;
  const connectionPerson = 0;
  const connectionFaction = actors.armedGroups[0]!;

  const poolRng = rng.derive('pools');
  const fighters = [...actors.coalitions, ...actors.armedGroups, ...actors.militias];
  const pools = new Map<number, number[]>(
    pw.provinces.map((p) => [p, [0, ...poolRng.sample(fighters, poolRng.int(2, 5))]]),
  );
  const pool0 = pools.get(pw.places[region0]!.province!)!;
  if (!pool0.includes(connectionFaction)) pool0.push(connectionFaction);

  const background = buildBackground(rng.derive('background'), {
    places: pw,
    actors,
    agreements: shape.agreements,
    pools,
    connection: { person: connectionPerson, faction: connectionFaction },
    keepApart: new Set([inferredTown!, connectionTown!]),
  });
  const backgroundStatements = background.facts.length;

  // Control: every province and region, then towns until the budget for control is spent; at least a
  // third of the statements are left for events.
  const controlCap = options.statements - backgroundStatements - Math.ceil(options.statements * 0.35);
  const controlled: Controlled[] = [];
  let control = 0;
  const timeline = (place: number, input: TimelineInput) => {
    const claims = controlTimeline(timelineRng(rng, pw.places[place]!.entity.id), input).length;
    controlled.push({ place, input, claims });
    control += claims;
  };
  const poolOf = (place: number) => pools.get(pw.places[place]!.province!)!;
  pw.provinces.forEach((p, i) => timeline(p, { level: i === 0 ? 'history' : 'province', pool: poolOf(p) }));
  pw.regions.forEach((r) =>
    timeline(r, { level: 'region', pool: poolOf(r), first: r === region0 ? connectionFaction : undefined }),
  );
  const claimRng = rng.derive('claimed');
  for (const town of pw.towns) {
    const claimed =
      town === ownClaims || (town !== inferredTown && town !== connectionTown && claimRng.chance(0.65));
    if (!claimed) continue;
    const input: TimelineInput = { level: 'town', pool: poolOf(town) };
    const claims = controlTimeline(timelineRng(rng, pw.places[town]!.entity.id), input).length;
    if (control + claims > controlCap && town !== ownClaims) break;
    controlled.push({ place: town, input, claims });
    control += claims;
  }

  const publishers = actors.media
    .map((m, index) => ({ index, id: m.entity.id, kind: m.kind, base: background.mediaBases[index]! }))
    .filter((p) => p.kind !== 'unnamed sources');
  const articleRng = rng.derive('articles');
  const articles = buildArticles(articleRng, shape.articles, publishers, () => ({
    town: pw.places[articleRng.pick(pw.towns)]!.word,
    faction: actors.factions[articleRng.skewed(actors.factions.length)]!.entity.name,
  }));

  // Events fill the rest, exactly: the last group takes the remainder as further counts.
  const eventBudget = options.statements - backgroundStatements - control;
  const events: SeedEntity[] = [];
  const groups: EventGroup[] = [];
  let used = 0;
  for (let g = 0; ; g++) {
    const groupRng = rng.derive(`event:${g}`);
    const pickTown = (): TownRef => {
      const index = groupRng.pick(pw.towns);
      const place = pw.places[index]!;
      return { index, id: place.entity.id, word: place.word, pool: poolOf(index) };
    };
    const mark = events.length;
    const group = planGroup(groupRng, g, pickTown, events);
    const cost = groupStatements(group);
    if (used + cost > eventBudget) {
      events.length = mark;
      if (groups.length === 0) {
        throw new GenerateOptionsError(`${options.statements} statements are too few for this generator`);
      }
      groups.at(-1)!.extraCounts += eventBudget - used;
      break;
    }
    groups.push(group);
    used += cost;
  }

  const searchTown =
    pw.towns.find((t) => pw.places[t]!.word.article && !pw.places[t]!.word.prefix) ?? pw.towns[0]!;
  return {
    options,
    rng,
    shape,
    ...pw,
    ...actors,
    datasets: {
      gazetteer: {
        type: 'dataset',
        id: 'dataset:generated-gazetteer',
        name: 'Generated gazetteer',
        aliases: [],
        description: 'Where the generated places lie: synthetic data for tests and benchmarks.',
      },
      monitor: {
        type: 'dataset',
        id: 'dataset:generated-control-monitor',
        name: 'Generated control monitor',
        aliases: [],
        description: 'Control of places recorded day by day by a monitoring group: synthetic data.',
      },
    },
    facts: background.facts,
    agreements: background.agreements,
    pools,
    controlled,
    events,
    groups,
    articles,
    articleDays: articleDays(articles),
    carrierWindow: Math.max(1, Math.round((articles.length * 45) / (LAST_DAY - FIRST_DAY))),
    budget: { background: backgroundStatements, control, events: eventBudget },
    special: {
      inferredTown: inferredTown!,
      connectionTown: connectionTown!,
      connectionPerson,
      connectionFaction,
      historyPlace: pw.provinces[0]!,
      searchTown,
    },
  };
}

/** The stream a place's control timeline is drawn from: the same wherever it is computed. */
export function timelineRng(rng: Random, placeId: string): Random {
  return rng.derive(`control:${placeId}`);
}

/** Every entity, in an order that can be written front to back (articles after their outlets and places). */
export function* worldEntities(world: World): Generator<SeedEntity> {
  for (const p of world.places) yield p.entity;
  for (const f of world.factions) yield f.entity;
  for (const m of world.media) yield m.entity;
  for (const p of world.persons) yield p.entity;
  yield world.datasets.gazetteer;
  yield world.datasets.monitor;
  yield* world.agreements;
  yield* world.events;
  for (const a of world.articles) yield a.entity;
}

/**
 * The entities in two phases: first those that name no other entity, then the articles, which name their
 * outlet and dateline place. The entities of one phase can be written in any order, side by side.
 */
export function entityPhases(world: World): [SeedEntity[], SeedEntity[]] {
  // References to the world's own entity objects: no copy of the entities is made.
  const all = [...worldEntities(world)];
  return [all.filter((e) => e.type !== 'article'), all.filter((e) => e.type === 'article')];
}

export function entityCount(world: World): number {
  return (
    world.places.length +
    world.factions.length +
    world.media.length +
    world.persons.length +
    2 +
    world.agreements.length +
    world.events.length +
    world.articles.length
  );
}
