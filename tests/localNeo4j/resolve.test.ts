import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import { resolveNeo4j } from '../../src/localNeo4j/resolve.js';

const suite = inject('neo4j');
const port = new URL(suite.uri).port;

describe('resolveNeo4j', () => {
  it('uses NEO4J_URI when it is set, and starts nothing', async () => {
    const target = await resolveNeo4j(loadConfig({ NEO4J_URI: 'neo4j://db.example:7687' }), () => undefined);
    expect(target).toEqual({ uri: 'neo4j://db.example:7687' });
  });

  it('reuses the project’s own Neo4j when one already answers on the local Bolt port', async () => {
    const messages: string[] = [];
    const config = loadConfig({ NEO4J_LOCAL_BOLT_PORT: port, NEO4J_PASSWORD: suite.password });
    const target = await resolveNeo4j(config, (m) => messages.push(m));
    expect(target).toEqual({ uri: `bolt://127.0.0.1:${port}` });
    expect(messages).toEqual([
      `Using the Neo4j already running on bolt://127.0.0.1:${port} (started by another npm start or npm run neo4j)`,
    ]);
  });

  it('does not take over a port whose server refuses our password: it says the port is in use', async () => {
    const config = loadConfig({ NEO4J_LOCAL_BOLT_PORT: port, NEO4J_PASSWORD: 'not-the-password' });
    await expect(resolveNeo4j(config, () => undefined)).rejects.toThrow(
      `Bolt port ${port} on 127.0.0.1 is already in use`,
    );
  });
});
