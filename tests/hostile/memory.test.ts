import { describe, expect, it } from 'vitest';
import { buildSchema, parse } from 'graphql';
import { QueryCountCache, VARIABLES_KEPT } from '../../src/limits/queryCost.js';
import { loadTypeDefs } from '../../src/schema.js';
import { testNeo4jVariables } from '../helpers/database.js';
import { spawnEntryPoint } from '../helpers/processes.js';

/**
 * A client that sends large variables under ever new query texts must not grow the server's memory: an
 * earlier cache kept every variables text per query text, and 4,713 such requests killed the process.
 */

/**
 * About 0.9 MB of variables, as the attack sent them. `note` is not declared by the operation: graphql-js
 * ignores it, but it still arrives with the request, and a cache keyed on the variables kept it.
 */
const bigVariables = (i: number) => ({ id: 'place:a-ruheibah', note: `${i}:${'x'.repeat(900_000)}` });
const floodQuery = (i: number) => `query Flood${i}($id: ID!) { entity(id: $id) { id } }`;

const heapUsed = async (url: string) => {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(/^nodejs_heap_size_used_bytes (\S+)$/m.exec(text)![1]);
};

describe('memory under a flood of large variables', () => {
  it('the node-count cache keeps short keys only, and at most its bound of them', () => {
    const schema = buildSchema(loadTypeDefs().join('\n'));
    const cache = new QueryCountCache();
    for (let i = 0; i < 50; i++) {
      const document = parse(`query Q${i}($id: ID!) { entity(id: $id) { id } }`);
      cache.count(schema, document, bigVariables(i), `Q${i}`);
    }
    expect(cache.size.entries).toBe(0);
    for (let i = 0; i < 3_000; i++) {
      const document = parse(`query Q${i}($id: ID!) { entity(id: $id) { id } }`);
      cache.count(schema, document, { id: `place:${'y'.repeat(VARIABLES_KEPT - 40)}${i}` }, `Q${i}`);
    }
    // 3,000 keys of about 2,000 characters would be 6 million: the bound keeps a sixth of them.
    expect(cache.size.chars).toBeLessThanOrEqual(1_000_000);
    expect(cache.size.entries).toBeGreaterThan(100);
    expect(cache.size.entries).toBeLessThan(3_000);
  });

  it('a server held to 200 MB of heap serves 300 requests of 0.9 MB variables and its heap comes back', async () => {
    const run = spawnEntryPoint('src/main.ts', {
      ...testNeo4jVariables(),
      PORT: '0',
      LOG_LEVEL: 'info',
      METRICS_ENABLED: 'true',
      NODE_OPTIONS: '--max-old-space-size=200',
    });
    await run.waitFor(/"msg":"ready"/);
    const url = /"url":"(http:\/\/[^"]+)\/graphql"/.exec(run.output())![1]!;

    const before = await heapUsed(url);
    const requests = 300;
    let answered = 0;
    // Four at a time, as a small botnet would: each request is a new query text the server has not seen.
    for (let i = 0; i < requests; i += 4) {
      const statuses = await Promise.all(
        [0, 1, 2, 3].map(async (k) => {
          const response = await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: floodQuery(i + k), variables: bigVariables(i + k) }),
          });
          await response.arrayBuffer();
          return response.status;
        }),
      );
      answered += statuses.filter((s) => s === 200).length;
    }
    const after = await heapUsed(url);
    console.log(
      `[memory] heap used before the flood ${(before / 2 ** 20).toFixed(1)} MB, after ${requests} requests ` +
        `of 0.9 MB variables ${(after / 2 ** 20).toFixed(1)} MB`,
    );
    expect(answered).toBe(requests);
    expect(run.child.exitCode).toBeNull();
    // 300 kept variables would be 270 MB, past the process's whole heap; what stays is Apollo's bounded
    // document cache and the garbage of the last requests.
    expect(after - before).toBeLessThan(80 * 2 ** 20);
    run.child.kill('SIGTERM');
    expect((await run.exited).code).toBe(0);
  });
});
