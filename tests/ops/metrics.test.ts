import http from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSeed } from '../../src/seed/load.js';
import { SEED_DIR } from '../../src/seed/sample.js';
import { testDatabase } from '../helpers/database.js';
import { metric, startObservedApp, type ObservedApp } from '../helpers/observed.js';

const ENTITY = `query EntityName($id: ID!) { entity(id: $id) { id name } }`;

let server: ObservedApp;

beforeAll(async () => {
  await runSeed(testDatabase(), { paths: [SEED_DIR] });
  server = await startObservedApp({ db: testDatabase(), env: { LOG_LEVEL: 'silent' } });
});

describe('/metrics', () => {
  it('counts requests by operation, errors by code, and Neo4j queries, with their durations', async () => {
    const before = await server.metrics();
    const queriesBefore = metric(before, 'neo4j_queries_total', { outcome: 'ok' }) ?? 0;

    for (let i = 0; i < 3; i++) await server.graphql(ENTITY, { id: 'place:a-ruheibah' });
    await server.graphql(ENTITY, { id: 'place:nowhere' });
    await server.graphql(`{ entity(id: "place:a-ruheibah") { id } }`);
    await server.graphql(`{ noSuchField }`);

    const text = await server.metrics();
    expect(metric(text, 'graphql_request_duration_seconds_count', { operation: 'EntityName' })).toBe(4);
    expect(metric(text, 'graphql_request_duration_seconds_sum', { operation: 'EntityName' })).toBeGreaterThan(
      0,
    );
    expect(
      metric(text, 'graphql_request_duration_seconds_bucket', { operation: 'EntityName', le: '+Inf' }),
    ).toBe(4);
    expect(metric(text, 'graphql_request_duration_seconds_count', { operation: '(anonymous)' })).toBe(1);
    // Validation failed, so no operation was ever resolved.
    expect(metric(text, 'graphql_request_duration_seconds_count', { operation: '(unknown)' })).toBe(1);
    expect(metric(text, 'graphql_errors_total', { code: 'NOT_FOUND' })).toBe(1);
    expect(metric(text, 'graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);

    const queries = metric(text, 'neo4j_queries_total', { outcome: 'ok' })!;
    expect(queries - queriesBefore).toBeGreaterThanOrEqual(5);
    expect(metric(text, 'neo4j_queries_total', { outcome: 'failed' })).toBe(0);
    expect(metric(text, 'neo4j_query_duration_seconds_count')).toBeGreaterThanOrEqual(queries);
    expect(metric(text, 'neo4j_query_duration_seconds_sum')).toBeGreaterThan(0);

    // Nothing is running while /metrics answers.
    expect(metric(text, 'graphql_requests_in_flight')).toBe(0);
    expect(metric(text, 'neo4j_sessions_open')).toBe(0);
    expect(metric(text, 'neo4j_up')).toBe(1);
    // prom-client's process metrics come along.
    expect(metric(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(metric(text, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('shows a request in flight until it is answered', async () => {
    // Half a body: the request has arrived and cannot be answered until the rest comes.
    const body = JSON.stringify({ query: ENTITY, variables: { id: 'place:a-ruheibah' } });
    const { port } = new URL(server.url);
    const request = http.request({
      host: '127.0.0.1',
      port,
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const answered = new Promise<number>((resolve, reject) => {
      request.on('response', (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode!));
      });
      request.on('error', reject);
    });
    request.write(body.slice(0, 10));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(metric(await server.metrics(), 'graphql_requests_in_flight')).toBe(1);
    request.end(body.slice(10));
    expect(await answered).toBe(200);
    expect(metric(await server.metrics(), 'graphql_requests_in_flight')).toBe(0);
  });

  it('counts requests refused before GraphQL under HTTP_<status>', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(
      metric(await server.metrics(), 'graphql_errors_total', { code: 'HTTP_400' }),
    ).toBeGreaterThanOrEqual(1);
  });

  it('keeps the operation label bounded: names past the first 100 share one label', async () => {
    // EntityName is the one name seen so far; Op0 to Op98 make 100, Op99 to Op119 are one too many.
    for (let i = 0; i < 120; i++) await server.graphql(`query Op${i} { __typename }`);
    const text = await server.metrics();
    const labels = [...text.matchAll(/^graphql_request_duration_seconds_count\{operation="([^"]*)"\}/gm)].map(
      (m) => m[1],
    );
    expect(labels.filter((label) => !label!.startsWith('('))).toHaveLength(100);
    expect(labels).toContain('Op98');
    expect(labels).not.toContain('Op99');
    expect(metric(text, 'graphql_request_duration_seconds_count', { operation: '(other)' })).toBe(21);
  });

  it('is off with METRICS_ENABLED=false', async () => {
    const quiet = await startObservedApp({
      db: testDatabase(),
      env: { LOG_LEVEL: 'silent', METRICS_ENABLED: 'false' },
    });
    expect((await fetch(`${quiet.url}/metrics`)).status).toBe(404);
    await quiet.stop();
  });
});
