/** Longest a value a client chose (operation name, alias, ...) is written into a log line or label. */
export const CLIENT_TEXT_MAX = 200;

/** Longest any text field of a log line may be, whatever wrote it: a backstop, not the rule. */
export const LOG_TEXT_MAX = 10_000;

/**
 * `value` cut to `max` characters, saying so and how long it was: "abc… (912345 chars)". A client may send
 * a 900 KB operation name; written whole it would make one log line as large, on every request.
 */
export function clipped(value: string, max = CLIENT_TEXT_MAX): string {
  if (value.length <= max) return value;
  let head = value.slice(0, max);
  // Not half a UTF-16 surrogate pair: the line must stay valid UTF-8.
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  return `${head}… (${value.length} chars)`;
}

/** A GraphQL response path as a log field: its names (aliases, chosen by the client) clipped. */
export function clippedPath(path: readonly (string | number)[] | undefined) {
  return path?.map((key) => (typeof key === 'string' ? clipped(key) : key));
}
