import { buildSchema, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { statementColumnsOf } from '../../src/statement/columns.js';
import { loadTypeDefs } from '../../src/schema.js';

const schema = buildSchema(loadTypeDefs().join('\n'));

/** The statement columns the operation in `query` reads, as the server works them out. */
export function columnsOfQuery(query: string) {
  const definitions = parse(query).definitions;
  const operation = definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((d) => [d.name.value, d]),
  );
  return statementColumnsOf(schema, operation, fragments);
}
