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

/** Where a page starts and how long it is, from a connection's `first` and `after`, both checked. */
export function pageArgs(first: number | null | undefined, after: string | null | undefined) {
  return { limit: checkFirst(first), skip: decodeCursor(after) + 1 };
}

/** A Relay connection from one page of a stably ordered list that starts at position `skip`. */
export function connectionFrom<T, E>(
  page: readonly T[],
  total: number,
  skip: number,
  edge: (item: T, cursor: string) => E,
) {
  const edges = page.map((item, i) => edge(item, encodeCursor(skip + i)));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: skip + page.length < total,
      hasPreviousPage: skip > 0,
      startCursor: edges.length ? encodeCursor(skip) : null,
      endCursor: edges.length ? encodeCursor(skip + page.length - 1) : null,
    },
  };
}

/** One page of a whole ordered list held in memory, as a Relay connection. */
export function pageOf<T, E>(
  items: readonly T[],
  { skip, limit }: { skip: number; limit: number },
  edge: (item: T, cursor: string) => E,
) {
  return connectionFrom(items.slice(skip, skip + limit), items.length, skip, edge);
}

/** The edge of a connection whose edges carry nothing but the node. */
export const nodeEdge = <T>(node: T, cursor: string) => ({ node, cursor });
