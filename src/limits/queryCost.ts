import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import { ERROR_CODES } from '../errors/codes.js';
import { currentScope } from '../request/scope.js';
import type { ClientLimits } from './clients.js';
import { analysisPoints, costOf } from './cost.js';
import { queryRefused } from './errors.js';
import { countNodes } from './nodeLimit.js';
import { checkVariableLists } from './variableLists.js';

/**
 * The cache holds at most this many UTF-16 code units of keys (about 2 MB). Keys are short: a query's
 * number, its operation name and its variables, and only variables up to VARIABLES_KEPT long are kept at
 * all. Its size therefore depends on this figure alone, never on what clients send: an earlier cache kept
 * every variables text per query text, and hostile requests with 0.9 MB of variables under changing query
 * texts grew the heap until the process died.
 */
const CACHE_CHARS = 1_000_000;

/** Variables longer than this (as JSON) are counted afresh each time: clients that repeat a query send short ones. */
export const VARIABLES_KEPT = 2_000;

export interface QueryCount {
  /** The worst-case nodes (src/limits/nodeLimit.ts). */
  nodes: number;
  /** The points of its analyses (src/limits/cost.ts). */
  analyses: number;
}

/**
 * Counts, remembered. Apollo keeps one parsed document per query text (in its own bounded cache), so the
 * count of a document with the same operation and variables is the same every time; walking the query
 * again costs a quarter of a millisecond per request. Refusals are not kept: they throw, and are rare.
 */
export class QueryCountCache {
  /** A number per document, so that a key names its document in a few characters; dies with the document. */
  private readonly documentNumbers = new WeakMap<DocumentNode, number>();
  private nextNumber = 0;
  private readonly counts = new LRUCache<string, { count: QueryCount | undefined }>({
    maxSize: CACHE_CHARS,
    sizeCalculation: (_value, key) => key.length + 1,
  });

  /** How many counts are kept, and the characters of their keys (tests). */
  get size(): { entries: number; chars: number } {
    return { entries: this.counts.size, chars: this.counts.calculatedSize };
  }

  /** Undefined when the variables do not fit the operation (execution then says so). */
  count(
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
    operationName: string | undefined,
  ): QueryCount | undefined {
    const key = this.keyOf(document, variables, operationName);
    const known = key === undefined ? undefined : this.counts.get(key);
    if (known) return known.count;
    if (!fitsOperation(schema, document, variables, operationName)) return undefined;
    const nodes = countNodes(schema, document, variables, operationName);
    const count =
      nodes === undefined
        ? undefined
        : { nodes, analyses: analysisPoints(schema, document, variables, operationName) };
    if (key !== undefined) this.counts.set(key, { count });
    return count;
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
 * Whether the variables fit the operation, stopping at the first that does not. The count would find out
 * too, but graphql-query-complexity coerces every item and words an error for each wrong one: 10,000 wrong
 * enum values took it 1.6 s. Execution then refuses them with graphql-js's own clear errors.
 */
function fitsOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): boolean {
  const operation = getOperationAST(document, operationName);
  if (!operation) return false;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, {
    maxErrors: 1,
  });
  return !coerced.errors;
}

const shown = (n: number) => n.toLocaleString('en');

export interface QueryCostSettings {
  maxNodes: number;
  maxCost: number;
  clients: ClientLimits;
}

/**
 * Refuses, before execution, a query whose worst case exceeds `maxNodes` or whose cost exceeds `maxCost`,
 * then takes its cost from the client's budget (429 when it is spent). A plugin and not a validation rule:
 * Apollo validates a query text once and caches it, but the count depends on the variables of each
 * request (`first: $n`). Every answer says what it cost in `X-Query-Cost`, and what is left in
 * `X-RateLimit-Remaining`.
 */
export function queryCostPlugin({
  maxNodes,
  maxCost,
  clients,
}: QueryCostSettings): ApolloServerPlugin<BaseContext> {
  const counted = new QueryCountCache();
  return {
    async requestDidStart() {
      let charged: { points: number; remaining: number } | undefined;
      return {
        async didResolveOperation({ schema, document, request, operation }) {
          checkVariableLists(request.variables);
          const count = counted.count(schema, document, request.variables, operation?.name?.value);
          if (!count) return;
          const { nodes, analyses } = count;
          if (nodes > maxNodes) {
            throw queryRefused(
              `This query could return up to ${shown(nodes)} nodes, more than the limit of ${shown(maxNodes)}. ` +
                'Ask for smaller pages (`first`) in nested connections, or split the query.',
              'MAX_NODES',
              { nodes, maxNodes },
            );
          }
          const points = costOf(nodes, analyses);
          if (points > maxCost) {
            throw queryRefused(
              `This query costs ${shown(points)} points, more than the limit of ${shown(maxCost)} for one query ` +
                '(docs/limits.md: whole-graph analyses such as `disagreements` without `about` cost the most). ' +
                'Narrow the analyses, ask fewer of them at once, or split the query.',
              'MAX_COST',
              { cost: points, maxCost },
            );
          }
          const spent = clients.spend(currentScope()?.client ?? 'address:unknown', points);
          if ('retryAfterSeconds' in spent) {
            const { costBudget, costRefill } = clients.settings;
            throw new GraphQLError(
              `This query costs ${shown(points)} points and this client has spent its budget of ${shown(costBudget)} ` +
                `(CLIENT_COST_BUDGET, ${shown(costRefill)} points back per second): retry in ${spent.retryAfterSeconds} s.`,
              {
                extensions: {
                  code: ERROR_CODES.TOO_MANY_REQUESTS,
                  limit: 'CLIENT_COST_BUDGET',
                  cost: points,
                  retryAfter: spent.retryAfterSeconds,
                  http: { status: 429, headers: new Map([['retry-after', String(spent.retryAfterSeconds)]]) },
                },
              },
            );
          }
          charged = { points, remaining: spent.remaining };
        },
        async willSendResponse({ response }) {
          if (!charged) return;
          response.http.headers.set('x-query-cost', String(charged.points));
          if (Number.isFinite(charged.remaining)) {
            response.http.headers.set('x-ratelimit-remaining', String(charged.remaining));
          }
        },
      };
    },
  };
}
