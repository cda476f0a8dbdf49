import type { EntityTypeName } from '../entity/labels.js';

/**
 * The kinds of statement, what each may link, and the shortcut relationship the seed writes beside the
 * statement for researchers who query Neo4j directly (docs/model.md). This table is the allow-list of
 * relationship types: nothing else ever becomes one.
 */
export interface KindRule {
  subject: readonly EntityTypeName[];
  /** Absent: the statement has no object. */
  object?: readonly EntityTypeName[];
  objectOptional?: boolean;
  needs?: 'count' | 'distance' | 'text' | 'date';
  /** (subject)-[:TYPE]->(object), written and removed with the statement. */
  shortcut?: string;
}

export const STATEMENT_KINDS = {
  control: { subject: ['FACTION'], object: ['PLACE'], shortcut: 'CONTROLS' },
  located_in: { subject: ['PLACE'], object: ['PLACE'], shortcut: 'LOCATED_IN' },
  distance: { subject: ['PLACE'], object: ['PLACE'], needs: 'distance' },
  party_to: { subject: ['FACTION', 'PERSON'], object: ['AGREEMENT'], shortcut: 'PARTY_TO' },
  applies_to: { subject: ['AGREEMENT'], object: ['PLACE'], shortcut: 'APPLIES_TO' },
  agreement_term: { subject: ['AGREEMENT'], object: ['PLACE'], objectOptional: true, needs: 'text' },
  affiliation: {
    subject: ['PERSON', 'MEDIA_SOURCE', 'FACTION'],
    object: ['FACTION'],
    shortcut: 'AFFILIATED_WITH',
  },
  based_in: { subject: ['PERSON', 'MEDIA_SOURCE', 'FACTION'], object: ['PLACE'], shortcut: 'BASED_IN' },
  count: { subject: ['EVENT', 'AGREEMENT'], needs: 'count' },
  occurred: { subject: ['EVENT', 'AGREEMENT'], needs: 'date' },
  location: { subject: ['EVENT'], object: ['PLACE'], shortcut: 'HAPPENED_IN' },
  origin: { subject: ['EVENT'], object: ['PLACE'], shortcut: 'ORIGIN' },
  destination: { subject: ['EVENT'], object: ['PLACE'], shortcut: 'DESTINATION' },
  participant: { subject: ['FACTION', 'PERSON'], object: ['EVENT'], shortcut: 'PARTICIPATED_IN' },
  part_of: { subject: ['EVENT'], object: ['EVENT', 'AGREEMENT'], shortcut: 'PART_OF' },
} as const satisfies Record<string, KindRule>;

export type StatementKind = keyof typeof STATEMENT_KINDS;
export const STATEMENT_KIND_NAMES = Object.keys(STATEMENT_KINDS) as StatementKind[];

export function kindRule(kind: StatementKind): KindRule {
  return STATEMENT_KINDS[kind];
}

export const STATUSES = ['held', 'contested', 'expected', 'ended'] as const;
export const COUNT_PHRASINGS = [
  'exact',
  'about',
  'at_least',
  'more_than',
  'up_to',
  'hundreds',
  'thousands',
] as const;
/** Phrasings that name no number ("hundreds of rebels"): the amount must be left out. */
export const PHRASINGS_WITHOUT_AMOUNT: readonly string[] = ['hundreds', 'thousands'];
