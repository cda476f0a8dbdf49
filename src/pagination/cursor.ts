import { GraphQLError } from 'graphql';
import { ERROR_CODES } from '../errors/codes.js';

/** The page size rule of every connection: like GitHub's API, 1 to 100, so no request asks for everything. */
export const MAX_PAGE_SIZE = 100;

export function checkFirst(first: number | null | undefined, fallback = 20): number {
  const value = first ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw new GraphQLError(`\`first\` must be from 1 to ${MAX_PAGE_SIZE}, not ${value}.`, {
      extensions: { code: ERROR_CODES.BAD_USER_INPUT, argument: 'first' },
    });
  }
  return value;
}

/** Cursors are opaque to clients; inside they are a position in a stably ordered list. */
export function encodeCursor(position: number): string {
  return Buffer.from(`pos:${position}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return -1;
  const match = /^pos:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) {
    throw new GraphQLError(`\`after\` is not a cursor this API gave out: "${cursor}".`, {
      extensions: { code: ERROR_CODES.BAD_USER_INPUT, argument: 'after' },
    });
  }
  return Number(match[1]);
}

/** One page of an ordered list, as a Relay connection. */
export function pageOf<T, E>(items: T[], first: number, after: number, edge: (item: T, cursor: string) => E) {
  const start = after + 1;
  const slice = items.slice(start, start + first);
  const edges = slice.map((item, i) => edge(item, encodeCursor(start + i)));
  return {
    edges,
    totalCount: items.length,
    pageInfo: {
      hasNextPage: start + first < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges.length ? encodeCursor(start) : null,
      endCursor: edges.length ? encodeCursor(start + slice.length - 1) : null,
    },
  };
}
