import { afterAll } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { createApp } from '../../src/server/app.js';
import { Readiness } from '../../src/server/readiness.js';
import { testDatabase } from './database.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestServer {
  url: string;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** The real HTTP app on a free loopback port, stopped after the file's tests. */
export async function startTestServer(db: Database = testDatabase()): Promise<TestServer> {
  const readiness = new Readiness(db);
  readiness.markMigrated();
  const app = await createApp({ db, readiness, production: false });
  const url = await app.listen(0, '127.0.0.1');
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await app.stop();
  };
  afterAll(stop);
  return {
    url,
    stop,
    async graphql(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
  };
}
