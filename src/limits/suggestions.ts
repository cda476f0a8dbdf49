import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/** graphql-js's hints: `Did you mean "entity"?`, `Did you mean the enum value "COUNT"?`, `... or "x"?`. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * With introspection off, "Did you mean" hints would still spell the schema out one typo at a time
 * (OWASP). Apollo's `hideSchemaDetailsFromClientErrors` strips them from validation errors only; a bad
 * enum value in the variables gets its hint at execution, so this strips them from every error.
 */
export function hideSuggestionsPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) error.message = error.message.replace(SUGGESTION, '');
        },
      };
    },
  };
}
