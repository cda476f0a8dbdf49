import type { DocumentNode, GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { isConnectionEdges, isListOfObjects, UNPAGED_LIST_SIZE } from './nodeLimit.js';

type Args = Record<string, unknown>;

/**
 * What the questions that analyse more than the nodes they return cost, in points, each time they run.
 * A point is about a millisecond of Neo4j's time on the million-statement benchmark graph (bench/): the
 * narrowed questions take 3 to 10 ms there (bench/results), while a whole-graph analysis reads every
 * statement of its kind (`disagreements` without `about` held Neo4j about 330 ms at 50,000 statements, and
 * grows with the graph). Fields not named here cost only the nodes they return.
 */
export const ANALYSIS_POINTS: Record<string, (args: Args) => number> = {
  'Query.disagreements': (args) => (args.about ? 10 : 2_000),
  'Query.connections': (args) => 10 * 2 ** (Math.min(Math.max(Number(args.maxHops ?? 3), 1), 4) - 1),
  'Query.controlledBy': () => 200,
  'Faction.controls': () => 200,
  'Query.controlHistory': () => 10,
  'Place.controlHistory': () => 10,
  'Query.whoControls': () => 5,
  'Place.controlledBy': () => 5,
  'Query.search': () => 10,
  // Without a filter, totalCount counts every statement of the graph.
  'Query.statements': (args) => (args.about || args.reportedBy ? 5 : 200),
};

/** Every request costs at least this: it is parsed, checked and answered even when it reads nothing. */
export const BASE_POINTS = 1;

/** The nodes a query may return cost a point per hundred: reading a hundred rows is about a millisecond. */
export const NODES_PER_POINT = 100;

/**
 * The analysis points of a query, each field's points multiplied by how many times it may run (the
 * `first`s and unpaged lists around it), as the node count multiplies nodes.
 */
const analysisEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
  const own = ANALYSIS_POINTS[`${type.name}.${field.name}`]?.(args) ?? 0;
  if (field.args.some((arg) => arg.name === 'first')) {
    const first = typeof args.first === 'number' ? args.first : 20;
    return own + first * childComplexity;
  }
  if (isListOfObjects(field.type) && !isConnectionEdges(type.name, field.name)) {
    return own + UNPAGED_LIST_SIZE * childComplexity;
  }
  return own + childComplexity;
};

/** The analysis points of an operation, once countNodes has accepted it (its page sizes are in range). */
export function analysisPoints(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName,
    estimators: [analysisEstimator],
  });
}

/** The points of a request: its base, its nodes, its analyses. */
export const costOf = (nodes: number, analyses: number) =>
  BASE_POINTS + Math.ceil(nodes / NODES_PER_POINT) + analyses;
