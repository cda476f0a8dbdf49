import { beforeAll, describe, expect, it } from 'vitest';
import { runSeed } from '../../src/seed/load.js';
import { SEED_DIR } from '../../src/seed/sample.js';
import { testDatabase } from '../helpers/database.js';
import { capturedLogger, startObservedApp, type LogLine, type ObservedApp } from '../helpers/observed.js';

const ENTITY = `query EntityName($id: ID!) { entity(id: $id) { id name } }`;
const SECRETS = {
  bearer: 'Bearer sk-live-bearer-0123456789abcdef',
  apiKey: 'ck_test_key_9f8e7d6c5b4a39281706',
  password: 'hunter2-correct-horse-battery',
};

let server: ObservedApp;

beforeAll(async () => {
  await runSeed(testDatabase(), { paths: [SEED_DIR] });
  server = await startObservedApp({ db: testDatabase() });
});

const requestLines = (requestId: string): LogLine[] =>
  server.logs.lines().filter((line) => line.msg === 'graphql request' && line.requestId === requestId);

/** The request's line is written when the response has gone, so it may trail the client's read by a tick. */
async function lineOf(requestId: string): Promise<LogLine> {
  for (let tries = 0; tries < 50 && requestLines(requestId).length === 0; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const lines = requestLines(requestId);
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe('the log line of a GraphQL request', () => {
  it('is one line with request id, operation, duration, database round trips and time, status', async () => {
    const response = await server.graphql(ENTITY, { id: 'place:a-ruheibah' });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    const requestId = response.headers.get('x-request-id')!;
    expect(requestId).toBeTruthy();

    const line = await lineOf(requestId);
    expect(line).toMatchObject({
      level: 30,
      requestId,
      method: 'POST',
      status: 200,
      operationName: 'EntityName',
      operationType: 'query',
      variables: ['id'],
    });
    expect(line.durationMs).toEqual(expect.any(Number));
    expect(line.dbQueries).toBeGreaterThanOrEqual(1);
    expect(line.dbMs).toEqual(expect.any(Number));
    expect(line.dbMs as number).toBeLessThanOrEqual(line.durationMs as number);
    expect(line.errorCodes).toBeUndefined();
  });

  it('names the codes of the errors sent', async () => {
    const response = await server.graphql(ENTITY, { id: 'place:nowhere-at-all' });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const line = await lineOf(response.headers.get('x-request-id')!);
    expect(line).toMatchObject({ status: 200, operationName: 'EntityName', errorCodes: ['NOT_FOUND'] });
  });

  it('is written for a request refused before GraphQL, too (a body over the size limit)', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }`, padding: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(response.status).toBe(413);
    const line = await lineOf(response.headers.get('x-request-id')!);
    expect(line).toMatchObject({ status: 413, dbQueries: 0, operationName: null });
  });

  it('is written for a request Apollo refuses itself (no CSRF-safe content type)', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
    const line = await lineOf(response.headers.get('x-request-id')!);
    expect(line).toMatchObject({ method: 'GET', status: 400, errorCodes: ['BAD_REQUEST'] });
  });

  it('keeps a client-given request id that looks like one', async () => {
    const response = await server.graphql(
      ENTITY,
      { id: 'place:a-ruheibah' },
      { 'x-request-id': 'trace-abc.123' },
    );
    expect(response.headers.get('x-request-id')).toBe('trace-abc.123');
    expect((await lineOf('trace-abc.123')).operationName).toBe('EntityName');
  });
});

describe('secrets', () => {
  it('never appear in the logs: not headers, not variable values, whatever the outcome', async () => {
    const headers = {
      authorization: SECRETS.bearer,
      'x-api-key': SECRETS.apiKey,
      cookie: `s=${SECRETS.password}`,
    };
    const ids: string[] = [];
    // Accepted or refused (an unknown key may well be refused), with a password among the variables,
    // in a query that fails, and in one that cannot even be parsed.
    for (const [query, variables] of [
      [ENTITY, { id: 'place:a-ruheibah', password: SECRETS.password }],
      [ENTITY, { id: 'place:nowhere', apiKey: SECRETS.apiKey }],
      [`query Broken($password: String) { entity(id: $password) `, { password: SECRETS.password }],
    ] as const) {
      const response = await server.graphql(query, variables, headers);
      ids.push(response.headers.get('x-request-id')!);
    }
    for (const id of ids) await lineOf(id);

    const text = server.logs.text();
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
    expect(text).not.toContain('sk-live');
    // The names of the variables are there, to tell what a request carried.
    expect(requestLines(ids[0]!)[0]!.variables).toEqual(['id', 'password']);
  });
});

describe('what a client chose, in the log and the metrics', () => {
  it('is clipped to 200 characters with its length: a 900 KB operation name makes no 900 KB line or label', async () => {
    const name = `Q${'x'.repeat(900_000)}`;
    const response = await server.graphql(`query ${name} { entity(id: "place:a-ruheibah") { id } }`);
    expect(response.body.data?.entity).toEqual({ id: 'place:a-ruheibah' });
    const requestId = response.headers.get('x-request-id')!;

    const line = await lineOf(requestId);
    expect(line.operationName).toBe(`${name.slice(0, 200)}… (900001 chars)`);
    const written = server.logs
      .text()
      .split('\n')
      .find((text) => text.includes(requestId))!;
    expect(written.length).toBeLessThan(2000);
    // The label is a fixed one: one name per request would grow the metrics without bound.
    const metrics = await server.metrics();
    expect(metrics).not.toContain('xxxxxxxxxx');
    expect(metrics).toContain('operation="(other)"');
  });

  it('keeps no more than 100 operation names as labels, however many are sent', async () => {
    for (let i = 0; i < 110; i++) {
      await server.graphql(`query Many${i} { entity(id: "place:a-ruheibah") { id } }`);
    }
    const labels = new Set(
      [
        ...(await server.metrics()).matchAll(
          /graphql_request_duration_seconds_count\{operation="([^"]*)"\}/g,
        ),
      ].map((match) => match[1]),
    );
    expect(labels.size).toBeLessThanOrEqual(103);
    expect(labels.has('(other)')).toBe(true);
  });
});

describe('the logger itself', () => {
  it('bounds every text field and error message, whoever logs them (a backstop behind the clipping above)', () => {
    const logs = capturedLogger();
    const huge = 'y'.repeat(50_000);
    logs.log.info({ field: huge, list: ['short', huge] }, 'a line');
    logs.log.error({ err: new Error(huge) }, 'an error');
    const [line, error] = logs.lines();
    expect(line!.field).toBe(`${'y'.repeat(10_000)}… (50000 chars)`);
    expect((line!.list as string[])[0]).toBe('short');
    expect((line!.list as string[])[1]).toHaveLength(10_000 + '… (50000 chars)'.length);
    expect((error!.err as { message: string }).message).toHaveLength(10_000 + '… (50000 chars)'.length);
    expect(logs.text().length).toBeLessThan(60_000);
  });
});
