import { beforeAll, describe, expect, it } from 'vitest';
import { seededServer } from '../helpers/api.js';
import { spawnEntryPoint } from '../helpers/processes.js';
import type { TestServer } from '../helpers/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await seededServer();
});

describe('the typed client example (examples/client.ts)', () => {
  it('asks the researcher questions with the generated documents and prints the answers', async () => {
    const client = spawnEntryPoint('examples/client.ts', {}, [`${server.url}/graphql`]);
    const { code } = await client.exited;
    const output = client.output();
    expect(code, output).toBe(0);
    expect(output).toContain('a-Ruheibah on 2018-04-23: Syrian opposition (HELD), per Syria Direct');
    expect(output).toContain('Evacuation of East Qalamoun: Some 6,000 fighters and civilians, per SANA');
    expect(output).toContain(
      'Evacuation of East Qalamoun: More than 4,000 fighters and their families, per Saeed Seif',
    );
    expect(output).toMatch(
      /roughly 1,500 opposition fighters and civilians, per pro-opposition media outlets/,
    );
    expect(output).toContain('3 hops: Saeed Seif -[AFFILIATION]-> Forces of Martyr Ahmad Abdo');
  });

  it('exits non-zero when the URL does not answer GraphQL', async () => {
    const client = spawnEntryPoint('examples/client.ts', {}, [`${server.url}/nothing-here`]);
    const { code } = await client.exited;
    expect(code).toBe(1);
  });
});
