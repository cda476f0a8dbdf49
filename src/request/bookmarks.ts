import type { ApolloServerPlugin } from '@apollo/server';
import { currentScope } from './scope.js';

/**
 * Read-your-writes across requests: after a mutation the response carries the Neo4j bookmarks of its
 * transaction (header and `extensions.bookmarks`); a client sends them back in the `Neo4j-Bookmarks`
 * header, and the request's reads then wait until the cluster member serving them has that write. On a
 * single server this costs nothing; behind N API replicas and a cluster it is what makes a write visible.
 */
export const BOOKMARKS_HEADER = 'Neo4j-Bookmarks';

/** Bookmarks are opaque to clients; this bounds their form and number, not their meaning. */
const BOOKMARK = /^[A-Za-z0-9:+/=_.-]{1,512}$/;
const MAX_BOOKMARKS = 16;

export class BookmarkHeaderError extends Error {}

/** The bookmarks of a `Neo4j-Bookmarks` header: comma-separated, as the response gave them. */
export function parseBookmarks(header: string | undefined): string[] {
  if (header === undefined || header.trim() === '') return [];
  const bookmarks = header.split(',').map((b) => b.trim());
  if (bookmarks.length > MAX_BOOKMARKS) {
    throw new BookmarkHeaderError(
      `${BOOKMARKS_HEADER} holds ${bookmarks.length} bookmarks; at most ${MAX_BOOKMARKS}.`,
    );
  }
  const bad = bookmarks.findIndex((b) => !BOOKMARK.test(b));
  if (bad >= 0) {
    throw new BookmarkHeaderError(
      `${BOOKMARKS_HEADER}: bookmark ${bad + 1} is not one this API gave out (send back the header of a mutation's response as it was).`,
    );
  }
  return bookmarks;
}

/** Hands a mutation's bookmarks to the client. */
export const bookmarksPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ operation, response }) {
        const scope = currentScope();
        if (operation?.operation !== 'mutation' || !scope) return;
        const bookmarks = [...(await scope.bookmarks.getBookmarks())];
        if (bookmarks.length === 0) return;
        response.http.headers.set(BOOKMARKS_HEADER, bookmarks.join(','));
        if (response.body.kind === 'single') {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, bookmarks };
        }
      },
    };
  },
};
