import { GraphQLError } from 'graphql';
import type { ManagedTransaction } from 'neo4j-driver';
import { ENTITY_LABELS, entityTypeOfLabel, type EntityTypeName } from '../entity/labels.js';
import { ERROR_CODES } from '../errors/codes.js';
import { checkSeedContent, type ParsedFile } from '../seed/parse.js';
import { planSeed, type SeedPlan } from '../seed/plan.js';
import type { Problem } from '../seed/problems.js';
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
  const { problems, plan } = await validateSeed([parsed], lookup);
  if (problems.length) throw badInput(asFieldProblems(problems));
  return planSeed(plan, 'api');
}
