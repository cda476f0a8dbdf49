import { z } from 'zod';
import { ENTITY_TYPES, type EntityTypeName } from '../entity/labels.js';
import { parsePartialDate, PartialDateError, PRECISIONS, precisionOf } from '../dates/partialDate.js';
import { COUNT_PHRASINGS, STATEMENT_KIND_NAMES, STATUSES } from './kinds.js';
import { textProblem, type TextRules } from './text.js';

/**
 * The shape of one seed file, as data editors write it (seed/README.md explains it in words). Only the
 * shape is checked here; ids, references, quotes and dates across files are checked in validate.ts.
 */

/** The id prefix of each entity type: `place:a-ruheibah`. */
export const ID_PREFIX: Record<EntityTypeName, string> = {
  FACTION: 'faction',
  PLACE: 'place',
  MEDIA_SOURCE: 'media',
  PERSON: 'person',
  AGREEMENT: 'agreement',
  EVENT: 'event',
  ARTICLE: 'article',
  DATASET: 'dataset',
};

const TYPE_NAMES = Object.keys(ENTITY_TYPES) as EntityTypeName[];
const yamlTypes = TYPE_NAMES.map((t) => t.toLowerCase()) as [string, ...string[]];

const slug = /^[a-z0-9][a-z0-9-]*$/;
const entityId = z.string().refine((id) => /^[a-z]+:/.test(id) && slug.test(id.slice(id.indexOf(':') + 1)), {
  message: 'must look like type:lower-case-words, such as place:a-ruheibah',
});
const ref = entityId;
/**
 * Bounds no real source comes near, so that a careless or hostile input (a mutation, a generated file)
 * cannot make one node or one statement enormous.
 */
export const INPUT_BOUNDS = { text: 10_000, aliases: 200, attributions: 100 } as const;

const freeText = (rules: TextRules) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(INPUT_BOUNDS.text, `must be at most ${INPUT_BOUNDS.text.toLocaleString('en')} characters`)
    .superRefine((value, ctx) => {
      const problem = textProblem(value, rules);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
/** A name, a title, a word: one line. */
const text = freeText({ multiline: false });
/** A description, a quote, a note: line breaks and tabs allowed. */
const prose = freeText({ multiline: true });

/**
 * A date as YYYY-MM-DD, YYYY-MM or YYYY (precision follows from the form), or the long form
 * `{ date, precision, text }` that also keeps the source's words ("last Friday").
 */
const dateString = z.union([z.string(), z.number().int()]).transform((v, ctx) => {
  const value = String(v);
  try {
    parsePartialDate(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as PartialDateError).message });
    return z.NEVER;
  }
  return value;
});

export const dateInput = z.union([
  dateString.transform((value) => ({ value, text: undefined as string | undefined })),
  z
    .strictObject({
      date: dateString,
      precision: z.enum(PRECISIONS as [string, ...string[]]).optional(),
      text: text.optional(),
    })
    .superRefine((d, ctx) => {
      if (d.precision && precisionOf(d.date) !== d.precision) {
        ctx.addIssue({
          code: 'custom',
          path: ['precision'],
          message: `precision is ${d.precision} but the date "${d.date}" is written to the ${precisionOf(d.date)}`,
        });
      }
    })
    .transform((d) => ({ value: d.date, text: d.text })),
]);
export type DateInput = z.output<typeof dateInput>;

const amount = z.unknown().transform((v, ctx) => {
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v;
  ctx.addIssue({
    code: 'custom',
    message:
      typeof v === 'string'
        ? `"${v}" is not a number: write the digits alone, such as 6000 (the words go in text)`
        : 'must be a non-negative number',
  });
  return z.NEVER;
});

const count = z.strictObject({
  amount: amount.optional(),
  phrasing: z.enum(COUNT_PHRASINGS),
  unit: text,
  text: text.optional(),
});

const distance = z.strictObject({
  amount,
  phrasing: z.enum(COUNT_PHRASINGS),
  unit: z.enum(['km', 'm', 'mi']),
  bearing: z
    .enum(['north', 'northeast', 'east', 'southeast', 'south', 'southwest', 'west', 'northwest'])
    .optional(),
  text: text.optional(),
});

const attribution = z.strictObject({
  reporter: ref,
  carriedBy: ref.optional(),
  reportedOn: dateInput.optional(),
  quote: prose.optional(),
});

const statement = z.strictObject({
  id: z.string().regex(/^stmt:[a-z0-9][a-z0-9-]*$/, 'must look like stmt:lower-case-words'),
  kind: z.enum(STATEMENT_KIND_NAMES as [string, ...string[]]),
  subject: ref,
  object: ref.optional(),
  status: z.enum(STATUSES).optional(),
  role: text.optional(),
  start: dateInput.optional(),
  end: dateInput.optional(),
  pointInTime: dateInput.optional(),
  count: count.optional(),
  distance: distance.optional(),
  text: prose.optional(),
  note: prose.optional(),
  attributions: z
    .array(attribution)
    .min(1, 'every statement needs at least one attribution: who said it')
    .max(INPUT_BOUNDS.attributions, `at most ${INPUT_BOUNDS.attributions} attributions per statement`),
});

const common = {
  id: entityId,
  name: text,
  aliases: z.array(text).max(INPUT_BOUNDS.aliases, `at most ${INPUT_BOUNDS.aliases} aliases`).default([]),
  description: prose.optional(),
};

const entity = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ ...common, type: z.literal('faction'), kind: text.optional() }),
    z.strictObject({ ...common, type: z.literal('place'), kind: text.optional() }),
    z.strictObject({ ...common, type: z.literal('media_source'), kind: text.optional() }),
    z.strictObject({ ...common, type: z.literal('person'), role: text.optional() }),
    z.strictObject({ ...common, type: z.literal('agreement') }),
    z.strictObject({ ...common, type: z.literal('event'), kind: text.optional() }),
    z.strictObject({
      ...common,
      type: z.literal('article'),
      title: text,
      publishedOn: dateInput,
      publisher: ref,
      dateline: ref.optional(),
      language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code such as en or ar'),
      /** The article's text, relative to this file: quotes are checked against it. */
      textFile: text.optional(),
    }),
    z.strictObject({ ...common, type: z.literal('dataset') }),
  ],
  { error: `type must be one of ${yamlTypes.join(', ')}` },
);

export const seedFileSchema = z.strictObject({
  /** The article or dataset the statements in this file come from, unless an attribution names another. */
  source: ref.optional(),
  entities: z.array(entity).default([]),
  statements: z.array(statement).default([]),
});

export type SeedFile = z.output<typeof seedFileSchema>;
export type SeedEntity = SeedFile['entities'][number];
export type SeedStatement = SeedFile['statements'][number];
export type SeedAttribution = SeedStatement['attributions'][number];

export function entityTypeOf(entity: SeedEntity): EntityTypeName {
  return entity.type.toUpperCase() as EntityTypeName;
}
