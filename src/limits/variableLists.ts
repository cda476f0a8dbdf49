import { GraphQLError } from 'graphql';
import { ERROR_CODES } from '../errors/codes.js';

/**
 * The longest list a variable may hold. The schema's longest input lists are an entity's aliases (200) and
 * a statement's attributions (100), and `types` has 8 values; lists written in the query text are bounded
 * by MAX_TOKENS. Shopify caps input arrays at 250. A list of 100,000 enum values in an 800 KB body held the
 * event loop for a third of a second (and seconds when every value was wrong).
 */
export const MAX_LIST_ITEMS = 1_000;

const shown = (n: number) => n.toLocaleString('en');

/**
 * Refuses variables holding a list longer than MAX_LIST_ITEMS, naming where, before anything walks them
 * item by item (the cost count, then graphql-js coercing them). Walks without recursion: variables may
 * nest deeper than the stack (a hostile request nests arrays 100,000 deep); the body limit bounds the walk.
 */
export function checkVariableLists(variables: Record<string, unknown> | undefined): void {
  const stack: [unknown, string][] = Object.entries(variables ?? {}).map(([name, value]) => [
    value,
    `$${name}`,
  ]);
  while (stack.length) {
    const [value, path] = stack.pop()!;
    if (Array.isArray(value)) {
      if (value.length > MAX_LIST_ITEMS) {
        throw new GraphQLError(
          `Variable ${path} holds a list of ${shown(value.length)} items; a list may hold at most ${shown(MAX_LIST_ITEMS)}.`,
          { extensions: { code: ERROR_CODES.BAD_USER_INPUT, argument: path, http: { status: 400 } } },
        );
      }
      value.forEach((item, i) => stack.push([item, `${path}[${i}]`]));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) stack.push([item, `${path}.${key}`]);
    }
  }
}
