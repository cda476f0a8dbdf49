import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, loadConfig } from '../../src/config/env.js';
import { problemsOf } from '../helpers/config.js';
import { projectRoot } from '../../src/config/paths.js';

describe('loadConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.neo4j).toEqual({
      uri: undefined,
      user: 'neo4j',
      password: 'devpassword',
      database: 'neo4j',
    });
    expect(config.http).toEqual({ port: 4000, host: '127.0.0.1' });
    expect(config.local).toMatchObject({
      boltPort: 7687,
      heap: '1g',
      pageCache: '1g',
      startTimeoutMs: 120_000,
    });
    expect(config.local.dataDir).toBe(path.join(projectRoot, '.neo4j-local/dev'));
    expect(config.logLevel).toBe('info');
    expect(config.production).toBe(false);
    expect(config.metricsEnabled).toBe(true);
    expect(config.limits).toEqual({
      maxDepth: 15,
      maxAliases: 30,
      maxDirectives: 50,
      maxTokens: 1000,
      maxNodes: 50_000,
      maxCost: 5_000,
      clientMaxConcurrent: 10,
      clientCostBudget: 10_000,
      clientCostRefill: 100,
      trustProxy: 0,
      maxBodyBytes: 1024 * 1024,
      transactionTimeoutMs: 10_000,
      introspection: true,
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: '' }).http.port).toBe(4000);
  });

  it('reads every variable it documents', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abcd1234.databases.neo4j.io',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'pw',
      NEO4J_DATABASE: 'conflicts',
      PORT: '8080',
      HOST: '0.0.0.0',
      LOG_LEVEL: 'debug',
      NODE_ENV: 'production',
      NEO4J_LOCAL_BOLT_PORT: '7688',
      NEO4J_LOCAL_DATA_DIR: '/var/lib/ckg',
      NEO4J_LOCAL_HEAP: '2G',
      NEO4J_LOCAL_PAGECACHE: '512m',
      NEO4J_LOCAL_START_TIMEOUT: '30',
      METRICS_ENABLED: 'false',
      MAX_DEPTH: '8',
      MAX_ALIASES: '5',
      MAX_DIRECTIVES: '4',
      MAX_TOKENS: '300',
      MAX_NODES: '1000',
      MAX_COST: '200',
      CLIENT_MAX_CONCURRENT: '0',
      CLIENT_COST_BUDGET: '300',
      CLIENT_COST_REFILL: '7',
      TRUST_PROXY: '1',
      MAX_BODY_SIZE: '64kb',
      TRANSACTION_TIMEOUT: '1500ms',
      INTROSPECTION: 'true',
      QUERY_ACCESS: 'keyed',
    });
    expect(config).toEqual({
      neo4j: {
        uri: 'neo4j+s://abcd1234.databases.neo4j.io',
        user: 'reader',
        password: 'pw',
        database: 'conflicts',
      },
      local: {
        boltPort: 7688,
        dataDir: '/var/lib/ckg',
        heap: '2g',
        pageCache: '512m',
        startTimeoutMs: 30_000,
      },
      limits: {
        maxDepth: 8,
        maxAliases: 5,
        maxDirectives: 4,
        maxTokens: 300,
        maxNodes: 1000,
        maxCost: 200,
        clientMaxConcurrent: 0,
        clientCostBudget: 300,
        clientCostRefill: 7,
        trustProxy: 1,
        maxBodyBytes: 64 * 1024,
        transactionTimeoutMs: 1500,
        introspection: true,
      },
      http: { port: 8080, host: '0.0.0.0' },
      logLevel: 'debug',
      production: true,
      metricsEnabled: false,
      // Keys themselves are read and checked in tests/auth.
      auth: { keys: [], queryAccess: 'keyed' },
    });
  });

  it.each([
    'bolt://localhost:7687',
    'neo4j://10.0.0.5',
    'neo4j+s://x.databases.neo4j.io',
    'bolt+ssc://db:7687',
  ])('accepts the Neo4j URI %s', (uri) => {
    expect(loadConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
  });

  it('names every bad variable at once, with its value and the rule', () => {
    const problems = problemsOf({
      PORT: 'abc',
      NEO4J_LOCAL_BOLT_PORT: '70000',
      LOG_LEVEL: 'loud',
      NEO4J_URI: 'http://localhost:7474',
      NEO4J_LOCAL_HEAP: 'lots',
      NEO4J_LOCAL_START_TIMEOUT: '0',
      NEO4J_DATABASE: 'x',
    });
    expect(problems).toHaveLength(7);
    expect(problems).toEqual(
      expect.arrayContaining([
        'PORT="abc": must be a whole number',
        'NEO4J_LOCAL_BOLT_PORT="70000": must be from 1 to 65535',
        expect.stringMatching(/^LOG_LEVEL="loud": must be one of fatal, error, warn, info/),
        expect.stringMatching(/^NEO4J_URI="http:\/\/localhost:7474": must be a URI such as bolt:\/\//),
        'NEO4J_LOCAL_HEAP="lots": must be a size such as 512m or 2g',
        'NEO4J_LOCAL_START_TIMEOUT="0": must be from 1 to 3600 seconds',
        expect.stringMatching(/^NEO4J_DATABASE="x": must be a Neo4j database name/),
      ]),
    );
  });

  it('turns introspection off in production unless INTROSPECTION says otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).limits.introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }).limits.introspection).toBe(true);
    expect(loadConfig({ INTROSPECTION: 'false' }).limits.introspection).toBe(false);
  });

  it('reads sizes and durations with their units', () => {
    expect(loadConfig({ MAX_BODY_SIZE: '2mb', TRANSACTION_TIMEOUT: '30s' }).limits).toMatchObject({
      maxBodyBytes: 2 * 1024 * 1024,
      transactionTimeoutMs: 30_000,
    });
    expect(loadConfig({ MAX_BODY_SIZE: '4096B' }).limits.maxBodyBytes).toBe(4096);
  });

  it('refuses limits that are not numbers, units or in range, naming each', () => {
    expect(
      problemsOf({
        MAX_DEPTH: '0',
        MAX_NODES: 'lots',
        MAX_BODY_SIZE: '1gb',
        TRANSACTION_TIMEOUT: '10',
        INTROSPECTION: 'yes',
      }),
    ).toEqual([
      'MAX_DEPTH="0": must be from 1 to 1000',
      'MAX_NODES="lots": must be a whole number',
      'MAX_BODY_SIZE="1gb": must be a size such as 100kb or 1mb',
      'TRANSACTION_TIMEOUT="10": must be a duration such as 10s or 500ms',
      'INTROSPECTION="yes": must be true or false',
    ]);
    expect(problemsOf({ MAX_BODY_SIZE: '200mb', TRANSACTION_TIMEOUT: '5ms' })).toEqual([
      'MAX_BODY_SIZE="200mb": must be from 1kb to 100mb',
      'TRANSACTION_TIMEOUT="5ms": must be from 10ms to 3600s',
    ]);
  });

  it('refuses per-client limits out of range, and a budget smaller than one query may cost', () => {
    expect(
      problemsOf({ CLIENT_MAX_CONCURRENT: '-1', CLIENT_COST_REFILL: '0', TRUST_PROXY: '11', MAX_COST: 'x' }),
    ).toEqual([
      'MAX_COST="x": must be a whole number',
      'CLIENT_MAX_CONCURRENT="-1": must be a whole number (0: no limit)',
      'CLIENT_COST_REFILL="0": must be from 1 to 100000000',
      'TRUST_PROXY="11": must be from 0 to 10 proxies',
    ]);
    expect(problemsOf({ MAX_COST: '5000', CLIENT_COST_BUDGET: '4999' })).toEqual([
      'CLIENT_COST_BUDGET="4999": must be 0 or at least MAX_COST (5000): a query the budget can never pay for could never run',
    ]);
    expect(loadConfig({ MAX_COST: '5000', CLIENT_COST_BUDGET: '0' }).limits.clientCostBudget).toBe(0);
  });

  it('never shows the password in its message', () => {
    const problems = problemsOf({ NEO4J_PASSWORD: 'short' });
    expect(problems).toEqual([
      'NEO4J_PASSWORD=(hidden): must have at least 8 characters for the local Neo4j',
    ]);
  });

  it('asks for user neo4j only when it runs its own Neo4j', () => {
    expect(problemsOf({ NEO4J_USER: 'alice' })).toEqual([
      'NEO4J_USER="alice": must be neo4j when NEO4J_URI is not set (the local Neo4j has only that user)',
    ]);
    expect(loadConfig({ NEO4J_USER: 'alice', NEO4J_URI: 'bolt://db:7687' }).neo4j.user).toBe('alice');
  });
});

describe('the documentation of the settings', () => {
  it('.env.example lists every variable, and only those', () => {
    const example = readFileSync(path.join(projectRoot, '.env.example'), 'utf8');
    const names = [...example.matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect([...names].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });

  it(".env.example's defaults are the ones the code uses", () => {
    const example = readFileSync(path.join(projectRoot, '.env.example'), 'utf8');
    const env = Object.fromEntries([...example.matchAll(/^([A-Z0-9_]+)=(.*)$/gm)].map((m) => [m[1], m[2]]));
    expect(loadConfig(env)).toEqual(loadConfig({}));
  });

  it('the configuration table of docs/operations.md has a row for every variable', () => {
    const operations = readFileSync(path.join(projectRoot, 'docs/operations.md'), 'utf8');
    const table = operations.slice(operations.indexOf('## Configuration'));
    for (const name of CONFIG_VARIABLES) expect(table).toMatch(new RegExp(`^\\| \`${name}\` +\\|`, 'm'));
  });
});
