import path from 'node:path';
import { z } from 'zod';
import type { AuthSettings } from '../auth/caller.js';
import { mergeKeys, parseKeyList, readKeysFile, type ApiKey } from '../auth/keys.js';
import { projectRoot } from './paths.js';

/**
 * Every environment variable the server reads, with its default and its rule. `.env.example` and the
 * configuration table of docs/operations.md list the same names; tests/config keeps the three in step.
 */

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

const port = (min: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .refine((n) => n >= min && n <= 65535, `must be from ${min} to 65535`);

const memorySize = z
  .string()
  .regex(/^\d+[kmg]$/i, 'must be a size such as 512m or 2g')
  .transform((s) => s.toLowerCase());

const seconds = z
  .string()
  .regex(/^\d+$/, 'must be a whole number of seconds')
  .transform(Number)
  .refine((n) => n >= 1 && n <= 3600, 'must be from 1 to 3600 seconds');

const count = (max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .refine((n) => n >= 1 && n <= max, `must be from 1 to ${max}`);

/** A whole number where 0 turns the limit off. */
const countOrOff = (max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number (0: no limit)')
    .transform(Number)
    .refine((n) => n <= max, `must be from 0 (no limit) to ${max}`);

const BYTES = { b: 1, kb: 1024, mb: 1024 ** 2 } as const;
const bodySize = z
  .string()
  .regex(/^\d+(b|kb|mb)$/i, 'must be a size such as 100kb or 1mb')
  .transform((s) => {
    const [, amount, unit] = /^(\d+)(\w+)$/.exec(s.toLowerCase())!;
    return Number(amount) * BYTES[unit as keyof typeof BYTES];
  })
  .refine((n) => n >= 1024 && n <= 100 * 1024 ** 2, 'must be from 1kb to 100mb');

const duration = z
  .string()
  .regex(/^\d+(ms|s)$/, 'must be a duration such as 10s or 500ms')
  .transform((s) => (s.endsWith('ms') ? Number(s.slice(0, -2)) : Number(s.slice(0, -1)) * 1000))
  .refine((ms) => ms >= 10 && ms <= 3_600_000, 'must be from 10ms to 3600s');

const flag = z.enum(['true', 'false'], { error: 'must be true or false' }).transform((s) => s === 'true');

const neo4jUri = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return NEO4J_SCHEMES.includes(url.protocol.replace(/:$/, '')) && url.hostname !== '';
    } catch {
      return false;
    }
  },
  `must be a URI such as bolt://host:7687 or neo4j+s://xxxx.databases.neo4j.io (schemes: ${NEO4J_SCHEMES.join(', ')})`,
);

/** A reader of API keys turned into a zod rule: its error message becomes the variable's problem. */
const keys = (read: (value: string) => ApiKey[]) =>
  z.string().transform((value, ctx) => {
    try {
      return read(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  });

const QUERY_ACCESS = ['open', 'keyed'] as const;

const shape = {
  NEO4J_URI: neo4jUri.optional(),
  NEO4J_USER: z.string().min(1, 'must not be empty').default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1, 'must not be empty').default('devpassword'),
  NEO4J_DATABASE: z
    .string()
    .regex(
      /^[A-Za-z][A-Za-z0-9.-]{2,62}$/,
      'must be a Neo4j database name (3-63 letters, digits, dots, dashes)',
    )
    .default('neo4j'),
  PORT: port(0).default(4000),
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  NODE_ENV: z.string().default('development'),
  // The API's limits: docs/limits.md says why each default.
  MAX_DEPTH: count(1000).default(15),
  MAX_ALIASES: count(100_000).default(30),
  MAX_DIRECTIVES: count(100_000).default(50),
  MAX_TOKENS: count(1_000_000).default(1000),
  MAX_NODES: count(100_000_000).default(50_000),
  MAX_COST: count(100_000_000).default(5_000),
  CLIENT_MAX_CONCURRENT: countOrOff(100_000).default(10),
  CLIENT_COST_BUDGET: countOrOff(100_000_000).default(10_000),
  CLIENT_COST_REFILL: count(100_000_000).default(100),
  TRUST_PROXY: z
    .string()
    .regex(/^\d+$/, 'must be a whole number of proxies')
    .transform(Number)
    .refine((n) => n <= 10, 'must be from 0 to 10 proxies')
    .default(0),
  MAX_BODY_SIZE: bodySize.default(1024 ** 2),
  TRANSACTION_TIMEOUT: duration.default(10_000),
  /** Unset: on, except in production. */
  INTROSPECTION: flag.optional(),
  NEO4J_LOCAL_BOLT_PORT: port(1).default(7687),
  NEO4J_LOCAL_DATA_DIR: z.string().min(1, 'must not be empty').default('.neo4j-local/dev'),
  NEO4J_LOCAL_HEAP: memorySize.default('1g'),
  NEO4J_LOCAL_PAGECACHE: memorySize.default('1g'),
  NEO4J_LOCAL_START_TIMEOUT: seconds.default(120),
  API_KEYS: keys(parseKeyList).optional(),
  API_KEYS_FILE: keys((file) => readKeysFile(path.resolve(projectRoot, file))).optional(),
  QUERY_ACCESS: z.enum(QUERY_ACCESS, { error: `must be one of ${QUERY_ACCESS.join(', ')}` }).default('open'),
  // Off where the API's port is open to people who should not read its operation names and timings.
  METRICS_ENABLED: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .transform((s) => s === 'true')
    .default(true),
};

const schema = z.object(shape).superRefine((env, ctx) => {
  try {
    mergeKeys([env.API_KEYS ?? [], env.API_KEYS_FILE ?? []]);
  } catch (error) {
    ctx.addIssue({
      code: 'custom',
      path: ['API_KEYS'],
      message: `${(error as Error).message} (API_KEYS and API_KEYS_FILE together)`,
    });
  }
  if (env.CLIENT_COST_BUDGET > 0 && env.CLIENT_COST_BUDGET < env.MAX_COST) {
    ctx.addIssue({
      code: 'custom',
      path: ['CLIENT_COST_BUDGET'],
      message: `must be 0 or at least MAX_COST (${env.MAX_COST}): a query the budget can never pay for could never run`,
    });
  }
  if (env.NEO4J_URI === undefined) {
    // The project's own Neo4j has only the built-in admin user, and Neo4j refuses shorter passwords.
    if (env.NEO4J_USER !== 'neo4j') {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_USER'],
        message: 'must be neo4j when NEO4J_URI is not set (the local Neo4j has only that user)',
      });
    }
    if (env.NEO4J_PASSWORD.length < 8) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_PASSWORD'],
        message: 'must have at least 8 characters for the local Neo4j',
      });
    }
  }
});

export interface LocalNeo4jSettings {
  boltPort: number;
  dataDir: string;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
}

/** What the API refuses (src/limits); sizes in bytes, durations in milliseconds. */
export interface LimitSettings {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxNodes: number;
  /** Points one request may cost (src/limits/cost.ts). */
  maxCost: number;
  /** Per client (src/limits/clients.ts): requests in flight at once; 0 for no limit. */
  clientMaxConcurrent: number;
  /** Per client: points a client may spend in a burst; 0 for no budget. */
  clientCostBudget: number;
  /** Per client: points given back each second. */
  clientCostRefill: number;
  /** How many proxies in front of the server to believe X-Forwarded-For from (0: none). */
  trustProxy: number;
  maxBodyBytes: number;
  transactionTimeoutMs: number;
  introspection: boolean;
}

export interface Config {
  neo4j: {
    /** Undefined: the project starts its own Neo4j (see src/localNeo4j). */
    uri: string | undefined;
    user: string;
    password: string;
    database: string;
  };
  local: LocalNeo4jSettings;
  limits: LimitSettings;
  http: { port: number; host: string };
  logLevel: (typeof LOG_LEVELS)[number];
  production: boolean;
  auth: AuthSettings;
  /** GET /metrics (Prometheus). */
  metricsEnabled: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and checks the environment; throws ConfigError naming every bad variable at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`PORT=` in .env) means "use the default", as in most tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        const shown = name === 'NEO4J_PASSWORD' ? '(hidden)' : JSON.stringify(present[name] ?? '');
        return `${name}=${shown}: ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  return {
    neo4j: { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE },
    local: {
      boltPort: e.NEO4J_LOCAL_BOLT_PORT,
      dataDir: path.resolve(projectRoot, e.NEO4J_LOCAL_DATA_DIR),
      heap: e.NEO4J_LOCAL_HEAP,
      pageCache: e.NEO4J_LOCAL_PAGECACHE,
      startTimeoutMs: e.NEO4J_LOCAL_START_TIMEOUT * 1000,
    },
    limits: {
      maxDepth: e.MAX_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxDirectives: e.MAX_DIRECTIVES,
      maxTokens: e.MAX_TOKENS,
      maxNodes: e.MAX_NODES,
      maxCost: e.MAX_COST,
      clientMaxConcurrent: e.CLIENT_MAX_CONCURRENT,
      clientCostBudget: e.CLIENT_COST_BUDGET,
      clientCostRefill: e.CLIENT_COST_REFILL,
      trustProxy: e.TRUST_PROXY,
      maxBodyBytes: e.MAX_BODY_SIZE,
      transactionTimeoutMs: e.TRANSACTION_TIMEOUT,
      introspection: e.INTROSPECTION ?? e.NODE_ENV !== 'production',
    },
    http: { port: e.PORT, host: e.HOST },
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
    auth: { keys: mergeKeys([e.API_KEYS ?? [], e.API_KEYS_FILE ?? []]), queryAccess: e.QUERY_ACCESS },
    metricsEnabled: e.METRICS_ENABLED,
  };
}

/** The names this module reads, for the docs-in-step test. */
export const CONFIG_VARIABLES = Object.keys(shape);
