import type { ApolloServerOptions, BaseContext } from '@apollo/server';
import type { Config } from '../config/env.js';
import { armorValidationRules } from './armor.js';
import type { ClientLimits } from './clients.js';
import { queryCostPlugin } from './queryCost.js';
import { hideSuggestionsPlugin } from './suggestions.js';
import { transactionTimeoutPlugin } from './transactionTimeout.js';

/**
 * Everything the ApolloServer needs to hold hostile or careless queries off, from the `limits` settings
 * (docs/limits.md). Checked in this order, each before any resolver runs: the token count while parsing,
 * depth, aliases and directives while validating, page sizes, the node count, the cost and the client's
 * budget once the variables are known (the client's requests in flight were counted before: clientGate).
 * Execution then has the per-transaction timeout.
 */
export function apolloLimits({ limits }: Pick<Config, 'limits'>, clients: ClientLimits) {
  return {
    // graphql-js stops lexing past this many tokens: a huge query costs no more than a small one to refuse,
    // and a refusal is a GRAPHQL_PARSE_FAILED 400 (armor's token plugin would make it a 500).
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: armorValidationRules(limits),
    introspection: limits.introspection,
    // Suggestions only leak what introspection would tell anyway: hide them whenever introspection is off
    // (by default, in production).
    hideSchemaDetailsFromClientErrors: !limits.introspection,
    // Apollo's defaults, stated so that no one turns them off unawares: a JSON array of operations is
    // refused (one request could otherwise carry any number of queries past every limit above), and a
    // POST must have a non-simple content type or a preflight header (no cross-site form posts).
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    plugins: [
      queryCostPlugin({ maxNodes: limits.maxNodes, maxCost: limits.maxCost, clients }),
      transactionTimeoutPlugin(limits.transactionTimeoutMs),
      ...(limits.introspection ? [] : [hideSuggestionsPlugin()]),
    ],
  } satisfies Partial<ApolloServerOptions<BaseContext>>;
}
