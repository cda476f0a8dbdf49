import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import neo4j, { type BookmarkManager } from 'neo4j-driver';

/**
 * What one HTTP request accumulates while it runs: its id (in logs and in masked errors), the database
 * round trips it cost, and the bookmarks that chain its sessions, so a read after a write in the same
 * request (or after bookmarks the client sent back) sees that write, also on a cluster.
 */
export interface RequestScope {
  requestId: string;
  queries: number;
  dbMillis: number;
  bookmarks: BookmarkManager;
  /** Who the per-client limits count it against: `key:<name>` or `address:<ip>` (src/limits/clients.ts). */
  client: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function newScope(
  requestId: string = randomUUID(),
  initialBookmarks: string[] = [],
  client = 'address:unknown',
): RequestScope {
  return {
    requestId,
    client,
    queries: 0,
    dbMillis: 0,
    bookmarks: neo4j.bookmarkManager({ initialBookmarks }),
  };
}

/** Runs `work` (and everything it starts, DataLoader batches included) inside `scope`. */
export function runInScope<T>(scope: RequestScope, work: () => T): T {
  return storage.run(scope, work);
}

/** The scope of the request being served, if any (seed runs and start-up have none). */
export function currentScope(): RequestScope | undefined {
  return storage.getStore();
}
