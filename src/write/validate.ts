import { GraphQLError } from 'graphql';
import type { ManagedTransaction } from 'neo4j-driver';
import { ENTITY_LABELS, entityTypeOfLabel, type EntityTypeName } from '../entity/labels.js';
import { ERROR_CODES } from '../errors/codes.js';
import { checkSeedContent, type ParsedFile } from '../seed/parse.js';
import { planSeed, type SeedPlan } from '../seed/plan.js';
import type { Problem } from '../seed/problems.js';
import { linksIn } from '../seed/linkQueries.js';
import { existingEntityLabelsCypher } from '../seed/queries.js';
import { validateSeed } from '../seed/validate.js';
import { inputField } from './input.js';

export interface FieldProblem {
  field: string;
  message: string;
}

/** One error for all the problems of an input; `extensions.field` is the first one's, `problems` lists all. */
export function badInput(problems: FieldProblem[]): GraphQLError {
  const [first] = problems;
  return new GraphQLError(
    problems.map((p) => `${p.field}: ${p.message}`).join('; ') + '. Nothing was written.',
    { extensions: { code: ERROR_CODES.BAD_USER_INPUT, field: first?.field, problems } },
  );
}

const asFieldProblems = (problems: Problem[]): FieldProblem[] =>
  problems.map((p) => ({
    field: inputField(p.path),
    // The seed's wording speaks of files; an API caller has only the database.
    message: p.message.replace(
      ': no seed file defines it and it is not in the database',
      ': no entity has this id',
    ),
  }));

const HIERARCHY_KINDS = new Set(['located_in', 'part_of', 'LOCATED_IN', 'PART_OF']);

const buildsHierarchy = (content: Record<string, unknown>) =>
  Array.isArray(content.statements) &&
  content.statements.some((s) => HIERARCHY_KINDS.has(String((s as { kind?: unknown }).kind)));

/**
 * One lock for every write that adds to the place or event hierarchy, held until its transaction ends.
 * Locking the two ends of each link is not enough: four editors adding a→b, b→c, c→d and d→a at once
 * hold disjoint pairs two by two, each sees no cycle, and together they make one. Such writes are rare.
 */
const lockHierarchyCypher = `
MERGE (lock:WriteLock {name: 'hierarchy'})
SET lock.takenAt = datetime()`;

/**
 * Runs the seed pipeline's checks on a mutation's input, as one seed file would be checked, looking up the
 * entities it refers to in `tx` (the write's own transaction, so nothing can change in between). Returns
 * the rows to write, marked as written through the API.
 */
export async function checkedPlan(
  tx: ManagedTransaction,
  content: Record<string, unknown>,
): Promise<SeedPlan> {
  const parsed: ParsedFile = { file: 'input', absolutePath: '', lineOf: () => 0, problems: [] };
  checkSeedContent(content, parsed);
  if (parsed.problems.length) throw badInput(asFieldProblems(parsed.problems));

  const lookup = async (ids: string[]) => {
    const result = await tx.run(existingEntityLabelsCypher, { ids, labels: ENTITY_LABELS });
    return new Map<string, EntityTypeName>(
      result.records.map((r) => [r.get('id') as string, entityTypeOfLabel(r.get('label') as string)]),
    );
  };
  if (buildsHierarchy(content)) await tx.run(lockHierarchyCypher);
  const { problems, plan } = await validateSeed([parsed], lookup, linksIn(tx));
  if (problems.length) throw badInput(asFieldProblems(problems));
  return planSeed(plan, 'api');
}
