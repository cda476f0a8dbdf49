import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import { queryRefused, type LimitName } from './errors.js';

export interface ShapeLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
}

/**
 * Armor's rules throw, or report a bare error prefixed "Syntax Error:" with code BAD_USER_INPUT. Reporting
 * our own error instead keeps every limit's refusal alike: a 400 with GRAPHQL_VALIDATION_FAILED, the
 * figures in the message and the variable to raise in `extensions.limit`.
 */
const reportAs =
  (limit: LimitName) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    context?.reportError(queryRefused(error.message.replace(/^Syntax Error: /, ''), limit));
  };

const rule = (n: number, limit: LimitName) => ({
  n,
  // The limits are in docs/limits.md for anyone to read; saying which one was hit, and by how much, lets an
  // honest client fix its query, and tells an attacker nothing new.
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [reportAs(limit)],
});

/**
 * graphql-armor's depth, alias and directive rules, as validation rules: they run once per distinct query
 * text (Apollo caches validated documents), before any resolver.
 *
 * Not taken from armor: its token limit throws from a plugin hook, which Apollo answers with a 500, so
 * graphql-js's own `maxTokens` parse option does that job (src/limits/apollo.ts); its cost limit reads
 * only literal `first` values, so the node limit (src/limits/nodeLimit.ts), which sees variables, replaces
 * it; its suggestion masking misses enum hints (src/limits/suggestions.ts does all of them).
 */
export function armorValidationRules({ maxDepth, maxAliases, maxDirectives }: ShapeLimits) {
  const { validationRules } = new ApolloArmor({
    maxDepth: { ...rule(maxDepth, 'MAX_DEPTH'), ignoreIntrospection: true, flattenFragments: true },
    // Every alias counts, __typename's too (armor lets those pass by default): each is work and output.
    maxAliases: { ...rule(maxAliases, 'MAX_ALIASES'), allowList: [] },
    maxDirectives: rule(maxDirectives, 'MAX_DIRECTIVES'),
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return validationRules;
}
