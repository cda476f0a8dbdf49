import { createHash } from 'node:crypto';
import { Neo4jError } from 'neo4j-driver';
import { inject, describe, expect, it, afterAll } from 'vitest';
import { Database, type Work } from '../../src/db/database.js';
import { testDatabase } from '../helpers/database.js';
import { startObservedApp, type ObservedResponse } from '../helpers/observed.js';

const ENTITY = `query EntityName($id: ID!) { entity(id: $id) { id name } }`;
const CYPHER = 'MATCH (s:SecretLabel {token: $token}) RETURN s.passwordHash';

type Fault = 'raw-error' | 'cypher-syntax' | 'unreachable';

/**
 * The suite's Neo4j behind a database object whose reads go wrong on purpose: a bug that throws an Error
 * quoting Cypher, a real Neo4j ClientError (which quotes the query back), or the driver's "no server".
 */
class FaultyDatabase extends Database {
  constructor(private readonly fault: Fault) {
    super(inject('neo4j'));
  }

  override read<T>(work: Work<T>): Promise<T> {
    switch (this.fault) {
      case 'raw-error':
        return Promise.reject(new Error(`Variable \`x\` not defined\n"${CYPHER}"`));
      case 'cypher-syntax':
        return super.read(async (tx) => {
          await tx.run('MATCH (s:SecretLabel {token: $token} RETURN s.passwordHash', { token: 't' });
          return work(tx);
        });
      case 'unreachable':
        return Promise.reject(
          new Neo4jError(
            'Could not perform discovery. No routing servers available.',
            'ServiceUnavailable',
            '08000',
            'error: connection exception',
          ),
        );
    }
  }
}

const faulty: Database[] = [];
afterAll(async () => {
  for (const db of faulty) await db.close();
});

async function serverOver(fault: Fault, env: Record<string, string>) {
  const db = new FaultyDatabase(fault);
  faulty.push(db);
  return startObservedApp({ db, env });
}

function expectNothingInternal(response: ObservedResponse) {
  const text = JSON.stringify(response.body);
  for (const leak of ['SecretLabel', 'passwordHash', 'MATCH', 'Neo.ClientError', 'stacktrace', '    at ']) {
    expect(text).not.toContain(leak);
  }
}

describe('in production, an internal failure', () => {
  it.each<Fault>(['raw-error', 'cypher-syntax'])(
    '(%s) reaches the client as INTERNAL_SERVER_ERROR naming only the request id, and is logged under it',
    async (fault) => {
      const server = await serverOver(fault, { NODE_ENV: 'production' });
      const response = await server.graphql(ENTITY, { id: 'place:a-ruheibah' });
      const requestId = response.headers.get('x-request-id')!;

      expect(response.body.errors).toEqual([
        {
          message: `Internal error (request id ${requestId})`,
          locations: [{ line: 1, column: 30 }],
          path: ['entity'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
        },
      ]);
      expectNothingInternal(response);

      const logged = server.logs.lines().find((line) => line.msg === 'internal error');
      expect(logged).toMatchObject({ level: 50, requestId, path: ['entity'] });
      const err = logged!.err as { message: string; stack: string; code?: string };
      expect(err.message).toContain('SecretLabel');
      expect(err.stack).toContain('    at ');
      if (fault === 'cypher-syntax') expect(err.code).toBe('Neo.ClientError.Statement.SyntaxError');
      await server.stop();
    },
  );
});

describe('an alias (chosen by the client) in the path of a logged error', () => {
  it('is clipped to 200 characters with its length', async () => {
    const server = await serverOver('raw-error', { NODE_ENV: 'production' });
    const alias = `a${'b'.repeat(5000)}`;
    await server.graphql(`query ($id: ID!) { ${alias}: entity(id: $id) { id } }`, { id: 'place:a-ruheibah' });
    const logged = server.logs.lines().find((line) => line.msg === 'internal error');
    expect(logged!.path).toEqual([`${alias.slice(0, 200)}… (5001 chars)`]);
    await server.stop();
  });
});

describe('in development', () => {
  it('the message is masked the same way, with the original first line in extensions.detail, and no stack', async () => {
    const server = await serverOver('raw-error', { NODE_ENV: 'development' });
    const response = await server.graphql(ENTITY, { id: 'place:a-ruheibah' });
    const [error] = response.body.errors!;
    expect(error!.message).toMatch(/^Internal error \(request id [\w-]+\)$/);
    expect(error!.extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      requestId: response.headers.get('x-request-id'),
      detail: 'Variable `x` not defined',
    });
    await server.stop();
  });
});

describe('errors meant for clients', () => {
  it('keep their message and code, and carry the request id too', async () => {
    const server = await startObservedApp({ db: testDatabase(), env: { NODE_ENV: 'production' } });
    const notFound = await server.graphql(ENTITY, { id: 'place:nowhere' });
    expect(notFound.body.errors![0]).toMatchObject({
      message: expect.stringContaining('place:nowhere'),
      extensions: { code: 'NOT_FOUND', requestId: notFound.headers.get('x-request-id') },
    });

    const parse = await server.graphql('query {');
    expect(parse.status).toBe(400);
    expect(parse.body.errors![0]).toMatchObject({
      message: expect.stringMatching(/^Syntax Error/),
      extensions: { code: 'GRAPHQL_PARSE_FAILED', requestId: parse.headers.get('x-request-id') },
    });

    const variables = await server.graphql(ENTITY, { id: 42.5 });
    expect(variables.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    for (const response of [notFound, parse, variables]) expectNothingInternal(response);
    expect(server.logs.lines().some((line) => line.msg === 'internal error')).toBe(false);
    await server.stop();
  });
});

describe('a database that cannot be reached', () => {
  it('is SERVICE_UNAVAILABLE, with a message saying to retry, not the driver message, as HTTP 503 with Retry-After', async () => {
    const server = await serverOver('unreachable', { NODE_ENV: 'production' });
    const response = await server.graphql(ENTITY, { id: 'place:a-ruheibah' });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(response.body.errors![0]).toMatchObject({
      message: expect.stringContaining('try again'),
      extensions: { code: 'SERVICE_UNAVAILABLE', requestId: response.headers.get('x-request-id') },
    });
    expect(JSON.stringify(response.body)).not.toContain('routing');
    await server.stop();
  });
});

/** A POST with a body as given, persisted-query extensions and all. */
async function post(url: string, body: unknown): Promise<ObservedResponse> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as ObservedResponse['body'],
  };
}

describe('a persisted query the client got wrong', () => {
  const QUERY = '{ __typename }';
  const OTHER_HASH = 'a'.repeat(64);

  it.each([
    [
      'a hash that does not match its query',
      { query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: OTHER_HASH } } },
      /sha256Hash` is not the SHA-256/,
    ],
    [
      'an unknown version',
      { extensions: { persistedQuery: { version: 2, sha256Hash: OTHER_HASH } } },
      /version 1/,
    ],
    [
      'a string instead of an object',
      { query: QUERY, extensions: { persistedQuery: 'abc' } },
      /must be an object/,
    ],
    [
      'a number instead of an object',
      { query: QUERY, extensions: { persistedQuery: 1 } },
      /must be an object/,
    ],
  ])('(%s) is a 400 BAD_REQUEST saying what is wrong, never an internal error', async (_, body, message) => {
    const server = await startObservedApp({ db: testDatabase(), env: { NODE_ENV: 'production' } });
    const response = await post(server.url, body);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      {
        message: expect.stringMatching(message),
        extensions: { code: 'BAD_REQUEST', requestId: response.headers.get('x-request-id') },
      },
    ]);
    expect(server.logs.lines().some((line) => line.msg === 'internal error')).toBe(false);
    await server.stop();
  });

  it('an unknown hash is PERSISTED_QUERY_NOT_FOUND, as Apollo clients expect, and the query can then be registered', async () => {
    const server = await startObservedApp({ db: testDatabase(), env: { NODE_ENV: 'production' } });
    const hash = createHash('sha256').update(QUERY).digest('hex');
    const persistedQuery = { version: 1, sha256Hash: hash };
    const unknown = await post(server.url, { extensions: { persistedQuery } });
    expect(unknown.body.errors).toEqual([
      {
        message: 'PersistedQueryNotFound',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', requestId: unknown.headers.get('x-request-id') },
      },
    ]);
    expect((await post(server.url, { query: QUERY, extensions: { persistedQuery } })).body).toEqual({
      data: { __typename: 'Query' },
    });
    expect((await post(server.url, { extensions: { persistedQuery } })).body).toEqual({
      data: { __typename: 'Query' },
    });
    expect(server.logs.lines().some((line) => line.msg === 'internal error')).toBe(false);
    await server.stop();
  });
});
