import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { parsePartialDate } from '../dates/partialDate.js';
import { ENTITY_TYPES } from '../entity/labels.js';
import { searchTextOf } from '../search/normalize.js';
import { kindRule, type StatementKind } from '../statement/kinds.js';
import { entityTypeOf, type DateInput } from './schema.js';
import type { SeedPlanInput } from './validate.js';

/**
 * Seed input turned into the rows the write queries take. Each row carries a hash of everything it will
 * write, stored on the node, so a later run can tell unchanged rows and leave them alone.
 */

type Props = Record<string, unknown>;

export interface EntityRow {
  id: string;
  label: string;
  props: Props;
  publisher: string | null;
  dateline: string | null;
  hash: string;
}

export interface AttributionRow {
  id: string;
  statement: string;
  reporter: string;
  carriedBy: string;
  props: Props;
}

export interface StatementRow {
  id: string;
  props: Props;
  subject: string;
  object: string | null;
  shortcut: string | null;
  shortcutProps: Props;
  attributions: AttributionRow[];
  hash: string;
}

export interface SeedPlan {
  entities: EntityRow[];
  statements: StatementRow[];
}

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}

// Large inputs (the generator's millions of statements) repeat the same few thousand dates: a parsed date
// and its neo4j Dates (frozen, so safe to share) are made once. Bounded, so no input can grow it forever.
const DATE_CACHE_MAX = 50_000;
const periods = new Map<string, { value: string; precision: string; from: unknown; to: unknown }>();

function toNeo4jDate(day: string) {
  const [y, m, d] = day.split('-').map(Number);
  return new neo4j.types.Date(y!, m!, d!);
}

function period(value: string) {
  let cached = periods.get(value);
  if (!cached) {
    const date = parsePartialDate(value);
    cached = {
      value: date.value,
      precision: date.precision,
      from: toNeo4jDate(date.first),
      to: toNeo4jDate(date.last),
    };
    if (periods.size >= DATE_CACHE_MAX) periods.clear();
    periods.set(value, cached);
  }
  return cached;
}

/** A partial date as properties: `start`, `startPrecision`, `startFrom`, `startTo` (the period), `startText`. */
export function dateProps(name: string, input: DateInput | undefined): Props {
  if (!input) return {};
  const date = period(input.value);
  return {
    [name]: date.value,
    [`${name}Precision`]: date.precision,
    [`${name}From`]: date.from,
    [`${name}To`]: date.to,
    ...(input.text ? { [`${name}Text`]: input.text } : {}),
  };
}

/** Drops absent values, so a property removed from a file is removed from the node too. */
function defined(props: Props): Props {
  // A loop rather than entries/filter/fromEntries: this runs for every row of a million-row load.
  const out: Props = {};
  for (const key in props) {
    const value = props[key];
    if (value !== undefined && value !== null) out[key] = value;
  }
  return out;
}

function hashable(props: Props): Props {
  // Dates hash by their text form; neo4j Date objects would hash as objects with integers inside.
  const out: Props = {};
  for (const key in props) {
    const value = props[key];
    out[key] = value instanceof neo4j.types.Date ? String(value) : value;
  }
  return out;
}

/** Where a statement came from: a seed file, or the API (a seed run never removes what the API wrote). */
export type Origin = 'seed' | 'api';

export function planSeed(input: SeedPlanInput, origin: Origin = 'seed'): SeedPlan {
  const entities = input.entities.map((e): EntityRow => {
    const type = entityTypeOf(e);
    const props = defined({
      id: e.id,
      name: e.name,
      aliases: e.aliases,
      description: e.description,
      searchText: searchTextOf(e.name, e.aliases),
      kind: 'kind' in e ? e.kind : undefined,
      role: 'role' in e ? e.role : undefined,
      ...(e.type === 'article'
        ? { title: e.title, language: e.language, ...dateProps('publishedOn', e.publishedOn) }
        : {}),
      // The text quotes are checked against (src/ingest/quotes.ts), kept for the API's writes (src/write).
      quoteText: input.articleTexts?.get(e.id),
    });
    const publisher = e.type === 'article' ? e.publisher : null;
    const dateline = e.type === 'article' ? (e.dateline ?? null) : null;
    const label = ENTITY_TYPES[type].label;
    return {
      id: e.id,
      label,
      props,
      publisher,
      dateline,
      hash: digest([label, hashable(props), publisher, dateline]),
    };
  });

  const statements = input.statements.map(({ statement: s, attributions }): StatementRow => {
    const rule = kindRule(s.kind as StatementKind);
    const qualifiers = defined({
      status: s.status,
      role: s.role,
      ...dateProps('start', s.start),
      ...dateProps('end', s.end),
      ...dateProps('pointInTime', s.pointInTime),
    });
    const props = defined({
      id: s.id,
      kind: s.kind,
      origin,
      text: s.text,
      note: s.note,
      countAmount: s.count?.amount,
      countPhrasing: s.count?.phrasing,
      countUnit: s.count?.unit,
      countText: s.count?.text,
      distanceAmount: s.distance?.amount,
      distancePhrasing: s.distance?.phrasing,
      distanceUnit: s.distance?.unit,
      distanceBearing: s.distance?.bearing,
      distanceText: s.distance?.text,
      ...qualifiers,
    });
    const attributionRows = attributions.map((a): AttributionRow => {
      const content = {
        reporter: a.reporter,
        carriedBy: a.carriedBy,
        quote: a.quote,
        reportedOn: a.reportedOn,
      };
      const id = `attr:${digest([s.id, content])}`;
      return {
        id,
        statement: s.id,
        reporter: a.reporter,
        carriedBy: a.carriedBy,
        props: defined({ id, origin, quote: a.quote, ...dateProps('reportedOn', a.reportedOn) }),
      };
    });
    const shortcut = rule.shortcut && s.object ? rule.shortcut : null;
    const shortcutProps = { statement: s.id, ...qualifiers };
    const object = s.object ?? null;
    return {
      id: s.id,
      props,
      subject: s.subject,
      object,
      shortcut,
      shortcutProps,
      attributions: attributionRows,
      hash: digest([hashable(props), s.subject, object, shortcut, attributionRows.map((a) => a.id)]),
    };
  });
  return { entities, statements };
}
