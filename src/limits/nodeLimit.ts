import { GraphQLError, type DocumentNode, type GraphQLOutputType, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { checkFirst } from '../pagination/cursor.js';
import { queryRefused } from './errors.js';

/**
 * The size assumed for a list that takes no `first` (`whoControls`, `Statement.attributions`,
 * `PlaceEdge.statements`, path `steps`, ...). These lists are the details of one item: the claims about one
 * place on one day, the reports of one statement. In the sample data they hold one to a few entries; 10 is
 * generous without letting a few nested lists stand for an unbounded amount.
 */
export const UNPAGED_LIST_SIZE = 10;

/**
 * graphql-query-complexity walks every selection once fragments are spread in; past this many it gives
 * up. Nothing legitimate comes close (the docs' largest question has under a hundred), while a
 * "fragment bomb" (each fragment spreading the next one twice) reaches millions in a few lines.
 */
const MAX_EXPANDED_SELECTIONS = 10_000;

class PageSizeRefused extends Error {
  constructor(readonly graphqlError: GraphQLError) {
    super(graphqlError.message);
  }
}

/**
 * GitHub's rule: the worst case a query can return is the product of the page sizes of the connections
 * nested down to it, summed over every connection. Scalars and single objects cost nothing (they come one
 * per parent and cannot multiply); a connection costs its `first` per enclosing item; a plain list of
 * objects costs UNPAGED_LIST_SIZE. Introspection costs nothing: it reads the schema, not the graph.
 */
const nodesEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
  if (field.args.some((arg) => arg.name === 'first')) {
    let first: number;
    try {
      // The same rule, and the same error naming `first`, as the resolvers: but refused before any of
      // them runs, so a bad page size deep in a query costs no database work.
      first = checkFirst(args.first as number | null | undefined);
    } catch (error) {
      throw new PageSizeRefused(error as GraphQLError);
    }
    return first * (1 + childComplexity);
  }
  // A connection's `edges` list is exactly the page its `first` already counted.
  if (isListOfObjects(field.type) && !isConnectionEdges(type.name, field.name)) {
    return UNPAGED_LIST_SIZE * (1 + childComplexity);
  }
  return childComplexity;
};

/**
 * Read from the type's shape, not with graphql-js's isListType and friends: those use instanceof, and the
 * schema may come from another copy of graphql-js than this module (vitest gives our code the ESM build
 * and Apollo the CommonJS one), which they refuse with an error.
 */
export function isListOfObjects(type: GraphQLOutputType): boolean {
  if (!String(type).replace(/!$/, '').startsWith('[')) return false;
  let named: object = type;
  while ('ofType' in named) named = named.ofType as object;
  // Object and interface types have interfaces, unions have member types; scalars and enums neither.
  return 'getInterfaces' in named || 'getTypes' in named;
}

export const isConnectionEdges = (typeName: string, fieldName: string) =>
  fieldName === 'edges' && typeName.endsWith('Connection');

/**
 * The worst-case number of nodes `operationName` in `document` may return with these variables, or
 * undefined when the variables do not fit the operation (execution then reports that, with its own clear
 * error). Throws a 400 GraphQLError for a page size out of range or a fragment bomb.
 */
export function countNodes(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number | undefined {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName,
      estimators: [nodesEstimator],
      maxQueryNodes: MAX_EXPANDED_SELECTIONS,
    });
  } catch (error) {
    if (error instanceof PageSizeRefused) {
      const { message, extensions } = error.graphqlError;
      throw new GraphQLError(message, { extensions: { ...extensions, http: { status: 400 } } });
    }
    // Matched by message: graphql-query-complexity's GraphQLError may be another copy's class (see above).
    if (error instanceof Error && /maximum allowed number of nodes/.test(error.message)) {
      throw queryRefused(
        `This query selects more than ${MAX_EXPANDED_SELECTIONS.toLocaleString('en')} fields once its fragments are spread in.`,
        'MAX_NODES',
      );
    }
    // Variables that do not fit the operation: execution refuses them with BAD_USER_INPUT. Anything else is
    // a fault here, and must not let the query through uncounted.
    if (error instanceof Error && error.name === 'GraphQLError') return undefined;
    throw error;
  }
}
