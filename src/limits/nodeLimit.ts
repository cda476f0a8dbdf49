import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLOutputType, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
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
 * up. Nothing legitimate comes close (the README's largest question has under a hundred), while a
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
function isListOfObjects(type: GraphQLOutputType): boolean {
  if (!String(type).replace(/!$/, '').startsWith('[')) return false;
  let named: object = type;
  while ('ofType' in named) named = named.ofType as object;
  // Object and interface types have interfaces, unions have member types; scalars and enums neither.
  return 'getInterfaces' in named || 'getTypes' in named;
}

const isConnectionEdges = (typeName: string, fieldName: string) =>
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

/**
 * The count cache holds at most this many UTF-16 code units of keys (about 2 MB). Keys are short: a
 * query's number, its operation name and its variables, and only variables up to VARIABLES_KEPT long are
 * kept at all. Its size therefore depends on this figure alone, never on what clients send: an earlier
 * cache kept every variables text per query text, and hostile requests with 0.9 MB of variables under
 * changing query texts grew the heap until the process died.
 */
const COUNT_CACHE_CHARS = 1_000_000;

/** Variables longer than this (as JSON) are counted afresh each time: clients that repeat a query send short ones. */
export const VARIABLES_KEPT = 2_000;

/**
 * Remembers countNodes. Apollo keeps one parsed document per query text (in its own bounded cache), so the
 * count of a document with the same operation and variables is the same number every time; walking the
 * query again costs a quarter of a millisecond per request. Refusals are not kept: they throw, and are rare.
 */
export class NodeCountCache {
  /** A number per document, so that a key names its document in a few characters; dies with the document. */
  private readonly documentNumbers = new WeakMap<DocumentNode, number>();
  private nextNumber = 0;
  private readonly counts = new LRUCache<string, { nodes: number | undefined }>({
    maxSize: COUNT_CACHE_CHARS,
    sizeCalculation: (_value, key) => key.length + 1,
  });

  /** How many counts are kept, and the characters of their keys (tests). */
  get size(): { entries: number; chars: number } {
    return { entries: this.counts.size, chars: this.counts.calculatedSize };
  }

  count(
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
    operationName: string | undefined,
  ): number | undefined {
    const key = this.keyOf(document, variables, operationName);
    if (key === undefined) return countNodes(schema, document, variables, operationName);
    const known = this.counts.get(key);
    if (known) return known.nodes;
    const nodes = countNodes(schema, document, variables, operationName);
    this.counts.set(key, { nodes });
    return nodes;
  }

  private keyOf(
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
    operationName: string | undefined,
  ): string | undefined {
    if ((operationName?.length ?? 0) > VARIABLES_KEPT) return undefined;
    let written: string;
    try {
      written = JSON.stringify(variables ?? {});
    } catch {
      // Variables too deep to write out (a hostile request nests arrays 100,000 deep): counted, not kept;
      // execution then refuses them with its own clear error.
      return undefined;
    }
    if (written.length > VARIABLES_KEPT) return undefined;
    let number = this.documentNumbers.get(document);
    if (number === undefined) this.documentNumbers.set(document, (number = this.nextNumber++));
    return `${number}\u0000${operationName ?? ''}\u0000${written}`;
  }
}

/**
 * Refuses, before execution, a query whose worst case exceeds `maxNodes`. A plugin and not a validation
 * rule: Apollo validates a query text once and caches it, but the count depends on the variables of each
 * request (`first: $n`).
 */
export function nodeLimitPlugin(maxNodes: number): ApolloServerPlugin<BaseContext> {
  const counted = new NodeCountCache();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operation }) {
          const nodes = counted.count(schema, document, request.variables, operation?.name?.value);
          if (nodes !== undefined && nodes > maxNodes) {
            const shown = (n: number) => n.toLocaleString('en');
            throw queryRefused(
              `This query could return up to ${shown(nodes)} nodes, more than the limit of ${shown(maxNodes)}. ` +
                'Ask for smaller pages (`first`) in nested connections, or split the query.',
              'MAX_NODES',
              { nodes, maxNodes },
            );
          }
        },
      };
    },
  };
}
