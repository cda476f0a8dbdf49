import { Neo4jError } from 'neo4j-driver';

/**
 * Neo4j's answers to bookmarks a client sent (src/request/bookmarks.ts) that it cannot use: not one it
 * made, or a write it has not seen within its wait (`db.transaction.bookmark_ready_timeout`).
 */
const BOOKMARK_CODES = new Set([
  'Neo.ClientError.Transaction.InvalidBookmark',
  'Neo.ClientError.Transaction.InvalidBookmarkMixture',
  'Neo.TransientError.Transaction.BookmarkTimeout',
]);

export function isBookmarkRefused(error: unknown): error is Neo4jError {
  return error instanceof Neo4jError && BOOKMARK_CODES.has(error.code);
}
