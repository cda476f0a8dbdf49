import { GraphQLError } from 'graphql';
import type { ManagedTransaction } from 'neo4j-driver';
import { ERROR_CODES } from '../errors/codes.js';
import { checkContent, type InputDocument } from '../ingest/document.js';
import { planSeed, type SeedPlan } from '../ingest/plan.js';
import type { Problem } from '../ingest/problems.js';
import { entityTypesIn, linksIn } from '../ingest/lookupQueries.js';
import { validateSeed } from '../ingest/validate.js';
import { inputField } from './input.js';
import { lockHierarchyCypher } from './queries.js';

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
    message: p.code === 'UNKNOWN_ID' ? `unknown id ${p.id}: no entity has this id` : p.message,
  }));

const HIERARCHY_KINDS = new Set(['located_in', 'part_of', 'LOCATED_IN', 'PART_OF']);

const buildsHierarchy = (content: Record<string, unknown>) =>
  Array.isArray(content.statements) &&
  content.statements.some((s) => HIERARCHY_KINDS.has(String((s as { kind?: unknown }).kind)));

/**
 * Runs the write model's checks (src/ingest) on a mutation's input, as one seed file would be checked, looking up the
 * entities it refers to in `tx` (the write's own transaction, so nothing can change in between). Returns
 * the rows to write, marked as written through the API.
 */
export async function checkedPlan(
  tx: ManagedTransaction,
  content: Record<string, unknown>,
): Promise<SeedPlan> {
  const parsed: InputDocument = { file: 'input', absolutePath: '', lineOf: () => 0, problems: [] };
  checkContent(content, parsed);
  if (parsed.problems.length) throw badInput(asFieldProblems(parsed.problems));

  if (buildsHierarchy(content)) await tx.run(lockHierarchyCypher);
  const { problems, plan } = await validateSeed([parsed], {
    existing: entityTypesIn(tx),
    links: linksIn(tx),
  });
  if (problems.length) throw badInput(asFieldProblems(problems));
  return planSeed(plan, 'api');
}
