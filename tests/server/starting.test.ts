import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import { createLogger } from '../../src/logging/logger.js';
import { createApp, type App } from '../../src/server/app.js';
import { Readiness } from '../../src/server/readiness.js';
import { testDatabase } from '../helpers/database.js';
import { postGraphQL } from '../helpers/server.js';

let app: App;
let url: string;
let readiness: Readiness;

beforeAll(async () => {
  readiness = new Readiness(testDatabase());
  readiness.enter('starting Neo4j');
  const config = loadConfig({ LOG_LEVEL: 'silent', CLIENT_MAX_CONCURRENT: '0', CLIENT_COST_BUDGET: '0' });
  app = await createApp({ db: testDatabase(), readiness, config, log: createLogger('silent', false) });
  url = await app.listen(0, '127.0.0.1');
});

afterAll(() => app.stop());

describe('GraphQL while the server is starting', () => {
  it('is answered at once with HTTP 503, Retry-After and SERVICE_UNAVAILABLE naming the stage', async () => {
    for (const stage of ['starting Neo4j', 'migrations', 'warming'] as const) {
      readiness.enter(stage);
      const response = await postGraphQL(url, '{ __typename }');
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      const requestId = response.headers.get('x-request-id');
      expect(await response.json()).toEqual({
        errors: [
          {
            message: `The server is starting (${stage}) and does not answer queries yet; try again in a few seconds.`,
            extensions: { code: 'SERVICE_UNAVAILABLE', stage, requestId },
          },
        ],
      });
    }
  });

  it('is served once start-up has finished', async () => {
    readiness.markStarted();
    const response = await postGraphQL(url, '{ __typename }');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
