import type { DestinationStream } from 'pino';
import { loadConfig } from '../../src/config/env.js';
import type { Database } from '../../src/db/database.js';
import { createLogger, type Logger } from '../../src/logging/logger.js';
import { createApp, type App } from '../../src/server/app.js';
import { Readiness } from '../../src/server/readiness.js';
import { listenForTests, postGraphQL } from './server.js';

export type LogLine = Record<string, unknown> & { msg?: string; level?: number };

/** A logger as the server makes it (same redaction), writing into memory for the test to read. */
export function capturedLogger(level = 'info', production = false) {
  let text = '';
  const destination: DestinationStream = {
    write(chunk: string) {
      text += chunk;
    },
  };
  return {
    log: createLogger(level, production, destination) as Logger,
    /** Everything written so far, as written (to search for what must never appear). */
    text: () => text,
    lines: (): LogLine[] =>
      text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as LogLine),
  };
}

export interface ObservedResponse {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  };
}

export interface ObservedApp {
  url: string;
  app: App;
  logs: ReturnType<typeof capturedLogger>;
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<ObservedResponse>;
  /** GET /metrics as text. */
  metrics(): Promise<string>;
  stop(): Promise<void>;
}

export interface ObservedAppOptions {
  db: Database;
  env?: Record<string, string>;
  /** Readiness as the app sees it; by default a ready one. */
  readiness?: Readiness;
}

/** The app as `npm start` builds it, on a free loopback port, with its log lines kept for the test. */
export async function startObservedApp({
  db,
  env = {},
  readiness,
}: ObservedAppOptions): Promise<ObservedApp> {
  // As in tests/helpers/server.ts: one address sends every request, so the per-client limits are off
  // unless the test turns them on.
  const config = loadConfig({
    LOG_LEVEL: 'info',
    CLIENT_MAX_CONCURRENT: '0',
    CLIENT_COST_BUDGET: '0',
    ...env,
  });
  const logs = capturedLogger(config.logLevel, config.production);
  if (!readiness) {
    readiness = new Readiness(db);
    readiness.markMigrated();
  }
  const app = await createApp({ db, readiness, config, log: logs.log });
  const { url, stop } = await listenForTests(app);
  return {
    url,
    app,
    logs,
    stop,
    async graphql(query, variables, headers = {}) {
      const response = await postGraphQL(url, query, variables, headers);
      return {
        status: response.status,
        headers: response.headers,
        body: (await response.json()) as ObservedResponse['body'],
      };
    },
    async metrics() {
      const response = await fetch(`${url}/metrics`);
      if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
      return response.text();
    },
  };
}

/**
 * One sample's value from Prometheus text, e.g. metric(text, 'graphql_errors_total', { code: 'NOT_FOUND' });
 * undefined when there is no such sample.
 */
export function metric(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    );
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}
