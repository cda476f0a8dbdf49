import { parsePartialDate } from '../dates/partialDate.js';
import type { EntityTypeName } from '../entity/labels.js';
import { kindRule, PHRASINGS_WITHOUT_AMOUNT, type StatementKind } from '../statement/kinds.js';
import type { InputDocument } from './document.js';
import type { ProblemCode } from './problems.js';
import { normalizeQuote } from './quotes.js';
import type { DateInput, SeedAttribution, SeedEntity, SeedStatement } from './schema.js';

/**
 * The rules one statement and its attributions must keep, beyond their shape: what its kind links and
 * needs (src/statement/kinds.ts), dates in order, and quotes that are in the article's text. validate.ts
 * runs them once every id is known.
 */

/** Reports a problem at a path of a document. */
export type Report = (
  file: InputDocument,
  at: PropertyKey[],
  code: ProblemCode,
  message: string,
  id?: string,
) => void;

export interface ResolvedAttribution {
  reporter: string;
  carriedBy: string;
  reportedOn?: DateInput;
  quote?: string;
}

/** Reports a reference that names no entity, or an entity of a type the field does not take. */
export type CheckRef = (
  file: InputDocument,
  at: PropertyKey[],
  id: string,
  allowed: readonly EntityTypeName[],
  role: string,
) => void;

export const REPORTER_TYPES: readonly EntityTypeName[] = ['MEDIA_SOURCE', 'PERSON', 'DATASET'];
export const CARRIER_TYPES: readonly EntityTypeName[] = ['ARTICLE', 'DATASET'];

export const typeWord = (types: readonly EntityTypeName[]) => types.map((t) => t.toLowerCase()).join(' or ');

export function checkStatement(
  file: InputDocument,
  s: SeedStatement,
  at: (...rest: PropertyKey[]) => PropertyKey[],
  checkRef: CheckRef,
  report: (at: PropertyKey[], code: ProblemCode, message: string) => void,
) {
  const rule = kindRule(s.kind as StatementKind);
  checkRef(file, at('subject'), s.subject, rule.subject, `the subject of a ${s.kind} statement`);
  if (rule.object && s.object)
    checkRef(file, at('object'), s.object, rule.object, `the object of a ${s.kind} statement`);
  if (rule.object && !s.object && !rule.objectOptional)
    report(at('object'), 'KIND_RULE', `a ${s.kind} statement needs an object`);
  if (!rule.object && s.object) report(at('object'), 'KIND_RULE', `a ${s.kind} statement has no object`);

  for (const field of ['count', 'distance', 'text'] as const) {
    if (rule.needs === field && s[field] === undefined)
      report(at(field), 'KIND_RULE', `a ${s.kind} statement needs ${field}`);
    if (rule.needs !== field && s[field] !== undefined)
      report(at(field), 'KIND_RULE', `a ${s.kind} statement has no ${field}`);
  }
  if (rule.needs === 'date' && !s.pointInTime && !s.start) {
    report(at('pointInTime'), 'KIND_RULE', `a ${s.kind} statement needs pointInTime or start`);
  }
  if (s.count) {
    const named = !PHRASINGS_WITHOUT_AMOUNT.includes(s.count.phrasing);
    if (named && s.count.amount === undefined)
      report(at('count', 'amount'), 'KIND_RULE', `"${s.count.phrasing}" needs an amount`);
    if (!named && s.count.amount !== undefined) {
      report(at('count', 'amount'), 'KIND_RULE', `"${s.count.phrasing}" names no number: leave amount out`);
    }
  }
  if (s.start && s.end) {
    const start = parsePartialDate(s.start.value);
    const end = parsePartialDate(s.end.value);
    if (end.last < start.first)
      report(at('end'), 'DATE_ORDER', `end ${s.end.value} is before start ${s.start.value}`);
  }
}

export function resolveAttribution(
  file: InputDocument,
  a: SeedAttribution,
  at: PropertyKey[],
  source: string | undefined,
  ctx: {
    types: Map<string, EntityTypeName>;
    articleTexts: Map<string, string>;
    byId: Map<string, SeedEntity>;
    checkRef: CheckRef;
    report: Report;
  },
): ResolvedAttribution {
  ctx.checkRef(file, [...at, 'reporter'], a.reporter, REPORTER_TYPES, 'reporter');
  const carriedBy = a.carriedBy ?? source;
  if (!carriedBy) {
    ctx.report(
      file,
      [...at, 'carriedBy'],
      'KIND_RULE',
      'needs carriedBy (the article or dataset), or a source: at the top of the file',
    );
    return { ...a, carriedBy: '' };
  }
  ctx.checkRef(file, [...at, a.carriedBy ? 'carriedBy' : 'reporter'], carriedBy, CARRIER_TYPES, 'carriedBy');
  const carrier = ctx.byId.get(carriedBy);
  // An article's claims were reported, at the latest, on the day it was published.
  const reportedOn = a.reportedOn ?? (carrier?.type === 'article' ? carrier.publishedOn : undefined);
  if (a.quote) {
    const text = ctx.articleTexts.get(carriedBy);
    if (text && !text.includes(normalizeQuote(a.quote))) {
      ctx.report(file, [...at, 'quote'], 'QUOTE', `this quote is not in the text of ${carriedBy}`);
    }
  }
  if (ctx.types.get(carriedBy) === 'ARTICLE' && !a.quote) {
    ctx.report(
      file,
      [...at, 'quote'],
      'QUOTE',
      `an attribution to an article needs the quote or passage it rests on`,
    );
  }
  return { reporter: a.reporter, carriedBy, reportedOn, quote: a.quote };
}
