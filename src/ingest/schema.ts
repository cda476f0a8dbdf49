import { z } from 'zod';
import { ENTITY_TYPES, type EntityTypeName } from '../entity/labels.js';
import { dateInput, INPUT_BOUNDS, pastDateInput, prose, text } from './fields.js';
import { COUNT_PHRASINGS, STATEMENT_KIND_NAMES, STATUSES } from '../statement/kinds.js';

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
export type { DateInput } from './fields.js';
export { INPUT_BOUNDS };

/**
 * The largest count taken: 100 million, over four times Syria's population before the war and far above
 * anything counted in a conflict (the displaced of Syria at their height, some 13 million). Larger is a
 * slip of the digits, or input meant to break sums and charts (1e300).
 */
export const MAX_COUNT = 100_000_000;
/** Half the Earth's circumference: no two places are farther apart. */
export const MAX_DISTANCE = { km: 20_040, m: 20_040_000, mi: 12_452 } as const;

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
const largest = (max: number) => `${max.toLocaleString('en')}`;

const count = z.strictObject({
  amount: amount
    .refine((n) => n <= MAX_COUNT, {
      message: `must be at most ${largest(MAX_COUNT)}: no count in a conflict comes near that; check the digits`,
    })
    .optional(),
  phrasing: z.enum(COUNT_PHRASINGS),
  unit: text,
  text: text.optional(),
});

const distance = z
  .strictObject({
    amount,
    phrasing: z.enum(COUNT_PHRASINGS),
    unit: z.enum(['km', 'm', 'mi']),
    bearing: z
      .enum(['north', 'northeast', 'east', 'southeast', 'south', 'southwest', 'west', 'northwest'])
      .optional(),
    text: text.optional(),
  })
  .superRefine((d, ctx) => {
    const max = MAX_DISTANCE[d.unit];
    if (d.amount > max) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: `must be at most ${largest(max)} ${d.unit}: no two places on Earth are farther apart`,
      });
    }
  });

const attribution = z.strictObject({
  reporter: ref,
  carriedBy: ref.optional(),
  reportedOn: pastDateInput.optional(),
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
      publishedOn: pastDateInput,
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
