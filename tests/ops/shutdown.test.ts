import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { testNeo4jVariables } from '../helpers/database.js';
import { spawnEntryPoint } from '../helpers/processes.js';
import { heldRequest } from '../hostile/http.js';

const QUERY = `query Lookup($id: ID!) { entity(id: $id) { id name } }`;
const SECRETS = {
  bearer: 'Bearer sk-live-shutdown-5f4e3d2c1b',
  apiKey: 'ck_live_shutdown_0a9b8c7d',
  password: 'p4ss-w0rd-shutdown',
};

describe('SIGTERM', () => {
  it('lets a request in flight finish with 200, refuses new connections, and exits 0', async () => {
    const run = spawnEntryPoint('src/main.ts', {
      ...testNeo4jVariables(),
      PORT: '0',
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
    });
    await run.waitFor(/"msg":"ready"/);
    const url = /"url":"(http:\/\/[^"]+)\/graphql"/.exec(run.output())![1]!;

    // A request carrying secrets, to check afterwards that the process logged none of them.
    const refused = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: SECRETS.bearer,
        'x-api-key': SECRETS.apiKey,
      },
      body: JSON.stringify({
        query: QUERY,
        variables: { id: 'place:a-ruheibah', password: SECRETS.password },
      }),
    });
    await refused.arrayBuffer();

    const inFlight = heldRequest(
      url,
      JSON.stringify({ query: QUERY, variables: { id: 'place:a-ruheibah' } }),
    );
    await sleep(200);
    run.child.kill('SIGTERM');
    await run.waitFor(/SIGTERM: shutting down/, 5000);
    await sleep(200);

    // Draining: the listener is closed, so a new client cannot start a request...
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    // ...while the one already in hand is served in full.
    inFlight.finish();
    const answer = await inFlight.answered;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({
      data: { entity: { id: 'place:a-ruheibah', name: expect.any(String) } },
    });

    expect(await run.exited).toEqual({ code: 0, signal: null });
    const output = run.output();
    expect(output).toMatch(/"msg":"stopped"/);

    // The in-flight request got its log line, as JSON, with the fields operators read.
    const lines = output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const requests = lines.filter((line) => line.msg === 'graphql request');
    expect(requests).toHaveLength(2);
    expect(requests[1]).toMatchObject({
      status: 200,
      operationName: 'Lookup',
      operationType: 'query',
      variables: ['id'],
      dbQueries: expect.any(Number),
      dbMs: expect.any(Number),
      durationMs: expect.any(Number),
      requestId: expect.any(String),
    });
    expect(requests[1]!.durationMs as number).toBeGreaterThanOrEqual(400);
    for (const secret of Object.values(SECRETS)) expect(output).not.toContain(secret);
  }, 120_000);
});
