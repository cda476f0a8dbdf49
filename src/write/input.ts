import { randomUUID } from 'node:crypto';

/**
 * Mutation input turned into the shape of a seed file, so that one set of rules (src/ingest) checks both,
 * and seed problems turned back into the names of the input's fields.
 */

type Input = Record<string, unknown>;

/** GraphQL's explicit null means "not given" here; the seed rules know only absent fields. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
  }
  return value;
}

const DATE_FIELDS = new Set(['start', 'end', 'pointInTime', 'reportedOn', 'publishedOn']);

/** A `DateInput` { value, text } is the seed's long date form { date, text }. */
function seedDates(input: Input): Input {
  return Object.fromEntries(
    Object.entries(input).map(([key, value]) => {
      if (DATE_FIELDS.has(key) && value && typeof value === 'object') {
        const { value: date, ...rest } = value as Input;
        return [key, { date, ...rest }];
      }
      return [key, value];
    }),
  );
}

const lower = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value);

export function seedEntityOf(input: Input, id: string): Input {
  const entity = seedDates(withoutNulls(input) as Input);
  return { ...entity, id, type: lower(entity.type) };
}

export function seedStatementOf(input: Input, id: string): Input {
  const s = withoutNulls(input) as Input;
  const attributions = Array.isArray(s.attributions)
    ? (s.attributions as Input[]).map(seedDates)
    : s.attributions;
  const count = s.count as Input | undefined;
  const distance = s.distance as Input | undefined;
  return {
    ...seedDates(s),
    id,
    kind: lower(s.kind),
    status: lower(s.status),
    ...(count ? { count: { ...count, phrasing: lower(count.phrasing) } } : {}),
    ...(distance ? { distance: { ...distance, phrasing: lower(distance.phrasing) } } : {}),
    attributions,
  };
}

export const newStatementId = () => `stmt:api-${randomUUID()}`;

/** An id from a name: `Tell Abyad` → `place:tell-abyad`; names with no Latin letters get a random one. */
export function idFromName(prefix: string, name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${prefix}:${slug || randomUUID().slice(0, 8)}`;
}

/**
 * `statements[0].attributions[1].reportedOn.date` → `input.attributions[1].reportedOn.value`: where a
 * seed problem sits, in the words of the mutation's arguments.
 */
export function inputField(seedPath: string, argument = 'input'): string {
  const rest = seedPath.replace(/^(statements|entities)\[0\]\.?/, '');
  const renamed = rest.replace(/(start|end|pointInTime|reportedOn|publishedOn)\.date\b/g, '$1.value');
  return renamed ? `${argument}.${renamed}` : argument;
}
