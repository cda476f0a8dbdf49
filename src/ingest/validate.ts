import type { EntityTypeName } from '../entity/labels.js';
import { findCycles, type LinkLookup } from './cycles.js';
import type { InputDocument } from './document.js';
import { formatPath, type Problem } from './problems.js';
import { entityTypeOf, ID_PREFIX, type SeedEntity, type SeedStatement } from './schema.js';
import {
  CARRIER_TYPES,
  checkStatement,
  resolveAttribution,
  typeWord,
  type CheckRef,
  type Report,
  type ResolvedAttribution,
} from './statementRules.js';

export type { Report, ResolvedAttribution };

export interface ResolvedStatement {
  statement: SeedStatement;
  attributions: ResolvedAttribution[];
}

export interface SeedPlanInput {
  entities: SeedEntity[];
  statements: ResolvedStatement[];
  /** The text of each article with a textFile, normalized for quotes: stored, so API writes check quotes too. */
  articleTexts?: ReadonlyMap<string, string>;
}

/** Entity ids that are not in the files but already in the database, with their types. */
export type ExistingLookup = (ids: string[]) => Promise<Map<string, EntityTypeName>>;

/** What validation reads besides the documents: the database, and the articles' text files. */
export interface Lookups {
  existing: ExistingLookup;
  /** The hierarchy already in the database; without it, only the input's own links are checked. */
  links?: LinkLookup;
  /**
   * The text of each article that names a text file, normalized for quotes (src/seed/textFile.ts); only
   * seed files name text files: without this reader, naming one is a problem.
   */
  articleTexts?: (files: InputDocument[], report: Report) => Promise<Map<string, string>>;
}

/** For input that is not a seed file (a mutation's): it has no folder a text file could be in. */
async function noTextFiles(files: InputDocument[], report: Report): Promise<Map<string, string>> {
  for (const file of files)
    file.content!.entities.forEach((entity, i) => {
      if (entity.type === 'article' && entity.textFile) {
        const message = `${JSON.stringify(entity.textFile)} is not allowed here: only a seed file may name a text file`;
        report(file, ['entities', i, 'textFile'], 'TEXT_FILE', message);
      }
    });
  return new Map();
}

/**
 * Checks what no single file can show: unique ids, references that resolve (in the files or in the
 * database), statement kinds linking the right types, dates in order, and quotes that are really in the
 * source text, and no place within itself (`lookupLinks`: the hierarchy already in the database; without
 * it, only the input's own). Collects every problem rather than stopping at the first.
 */
export async function validateSeed(files: InputDocument[], lookups: Lookups) {
  const problems: Problem[] = [];
  const report: Report = (file, at, code, message, id) =>
    problems.push({
      code,
      ...(id === undefined ? {} : { id }),
      file: file.file,
      line: file.lineOf(at),
      path: formatPath(at),
      message,
    });

  // Ids first: every reference below is checked against them.
  const types = new Map<string, EntityTypeName>();
  const defined = new Map<string, string>();
  const entities: SeedEntity[] = [];
  const byId = new Map<string, SeedEntity>();
  for (const file of files) {
    file.content!.entities.forEach((entity, i) => {
      const type = entityTypeOf(entity);
      const previous = defined.get(entity.id);
      if (previous)
        return report(
          file,
          ['entities', i, 'id'],
          'DUPLICATE_ID',
          `duplicate id ${entity.id}, first defined at ${previous}`,
        );
      defined.set(entity.id, `${file.file}:${file.lineOf(['entities', i])}`);
      const prefix = ID_PREFIX[type];
      if (!entity.id.startsWith(`${prefix}:`)) {
        report(
          file,
          ['entities', i, 'id'],
          'ID_PREFIX',
          `the id of a ${entity.type} must start with ${prefix}:`,
        );
      }
      types.set(entity.id, type);
      entities.push(entity);
      byId.set(entity.id, entity);
    });
  }
  const articleTexts = await (lookups.articleTexts ?? noTextFiles)(files, report);

  // References to ids not in the files may name entities already in the database.
  const referenced = new Set<string>();
  for (const file of files) {
    const c = file.content!;
    if (c.source) referenced.add(c.source);
    for (const e of c.entities)
      if (e.type === 'article') [e.publisher, e.dateline].forEach((r) => r && referenced.add(r));
    for (const s of c.statements) {
      referenced.add(s.subject);
      if (s.object) referenced.add(s.object);
      for (const a of s.attributions) [a.reporter, a.carriedBy].forEach((r) => r && referenced.add(r));
    }
  }
  const missing = [...referenced].filter((id) => !types.has(id));
  const existing = await lookups.existing([...missing, ...defined.keys()]);
  for (const id of missing) {
    const type = existing.get(id);
    if (type) types.set(id, type);
  }
  // An id may be in the database already, from an earlier seed or the API, but never as another type.
  for (const file of files) {
    file.content!.entities.forEach((entity, i) => {
      const inDatabase = existing.get(entity.id);
      if (inDatabase && inDatabase !== entityTypeOf(entity)) {
        report(
          file,
          ['entities', i, 'type'],
          'TYPE_CHANGED',
          `${entity.id} is already in the database as a ${inDatabase.toLowerCase()}, not a ${entity.type}`,
        );
      }
    });
  }

  const checkRef: CheckRef = (file, at, id, allowed, role) => {
    const type = types.get(id);
    if (!type)
      return report(
        file,
        at,
        'UNKNOWN_ID',
        `unknown id ${id}: no seed file defines it and it is not in the database`,
        id,
      );
    if (!allowed.includes(type)) {
      report(
        file,
        at,
        'WRONG_TYPE',
        `${role} must be a ${typeWord(allowed)}, but ${id} is a ${type.toLowerCase()}`,
      );
    }
  };

  const statements: ResolvedStatement[] = [];
  const statementAt = new Map<string, string>();
  for (const file of files) {
    const c = file.content!;
    if (c.source) checkRef(file, ['source'], c.source, CARRIER_TYPES, 'source');
    c.entities.forEach((e, i) => {
      if (e.type !== 'article') return;
      checkRef(file, ['entities', i, 'publisher'], e.publisher, ['MEDIA_SOURCE'], 'publisher');
      if (e.dateline) checkRef(file, ['entities', i, 'dateline'], e.dateline, ['PLACE'], 'dateline');
    });
    c.statements.forEach((s, i) => {
      const at = (...rest: PropertyKey[]) => ['statements', i, ...rest];
      const previous = statementAt.get(s.id);
      if (previous)
        return report(file, at('id'), 'DUPLICATE_ID', `duplicate id ${s.id}, first defined at ${previous}`);
      statementAt.set(s.id, `${file.file}:${file.lineOf(at())}`);
      checkStatement(file, s, at, checkRef, (where, code, message) => report(file, where, code, message));
      const attributions = s.attributions.map((a, j) =>
        resolveAttribution(file, a, at('attributions', j), c.source, {
          types,
          articleTexts,
          byId,
          checkRef,
          report,
        }),
      );
      statements.push({ statement: s, attributions });
    });
  }
  for (const cycle of await findCycles(files, lookups.links))
    report(cycle.file, cycle.at, 'CYCLE', cycle.message);
  return { problems, plan: { entities, statements, articleTexts } satisfies SeedPlanInput };
}
