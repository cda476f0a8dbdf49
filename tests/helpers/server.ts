import { afterAll } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import type { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logging/logger.js';
import { createApp, type App } from '../../src/server/app.js';
import { Readiness } from '../../src/server/readiness.js';
import { testDatabase } from './database.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  extensions?: Record<string, unknown>;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestServer {
  url: string;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  db?: Database;
  /** Environment variables as the server would read them (API keys, limits, NODE_ENV, ...). */
  env?: Record<string, string>;
}

/** The app as `npm start` builds it, configured by `env` alone, logging nothing. */
export function createTestApp(db: Database, env: Record<string, string> = {}): Promise<App> {
  const readiness = new Readiness(db);
  readiness.markMigrated();
  // Every test file's requests come from one address: the per-client limits are off unless a test asks for
  // them (tests/limits/clients.test.ts), or the suite's own traffic would spend one client's budget.
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    CLIENT_MAX_CONCURRENT: '0',
    CLIENT_COST_BUDGET: '0',
    ...env,
  });
  return createApp({ db, readiness, config, log: createLogger(config.logLevel, config.production) });
}

/** Serves an app on a free loopback port until the file's tests are done. */
export async function listenForTests(app: App): Promise<{ url: string; stop: () => Promise<void> }> {
  const url = await app.listen(0, '127.0.0.1');
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await app.stop();
  };
  afterAll(stop);
  return { url, stop };
}

/** A GraphQL POST as clients send it. */
export function postGraphQL(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
}

/** The real HTTP app on a free loopback port, stopped after the file's tests. */
export async function startTestServer({
  db = testDatabase(),
  env,
}: TestServerOptions = {}): Promise<TestServer> {
  const { url, stop } = await listenForTests(await createTestApp(db, env));
  return {
    url,
    stop,
    async graphql(query, variables, headers) {
      const response = await postGraphQL(url, query, variables, headers);
      return { status: response.status, headers: response.headers, ...((await response.json()) as object) };
    },
  };
}
