/**
 * The floor: the least any HTTP API over this graph must pay for an answer. A bare node:http server, no
 * framework and no GraphQL: POST /q/<key> with the question's variables as JSON, one Cypher query
 * (one file per question in bench/floor/) in one read transaction through neo4j-driver, the answer back as JSON.
 *
 * Run by the benchmark in a process of its own (so its memory and CPU are its own), configured by
 * NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE and PORT; listens on 127.0.0.1 only.
 */
import http from 'node:http';
import neo4j from 'neo4j-driver';
import { FLOOR_QUERIES } from './floor/index.js';
import { requiredEnv } from './env.js';

const database = process.env.NEO4J_DATABASE || 'neo4j';
// The same driver settings as our server's (src/db/database.ts), so the two differ only above the driver.
const driver = neo4j.driver(
  requiredEnv('NEO4J_URI'),
  neo4j.auth.basic(requiredEnv('NEO4J_USER'), requiredEnv('NEO4J_PASSWORD')),
  {
    connectionTimeout: 3000,
    connectionAcquisitionTimeout: 5000,
    maxTransactionRetryTime: 3000,
    disableLosslessIntegers: true,
  },
);
const TX = { timeout: 10_000 };

function send(response: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

async function readJson(request: http.IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
  return value as Record<string, unknown>;
}

const server = http.createServer((request, response) => {
  void (async () => {
    if (request.method === 'GET' && request.url === '/healthz') return send(response, 200, { status: 'ok' });
    const key = request.method === 'POST' ? /^\/q\/(\w+)$/.exec(request.url ?? '')?.[1] : undefined;
    const floor = key ? FLOOR_QUERIES[key] : undefined;
    if (!floor) return send(response, 404, { error: 'no such question' });
    let variables: Record<string, unknown>;
    try {
      variables = await readJson(request);
    } catch {
      return send(response, 400, { error: 'the body must be a JSON object' });
    }
    try {
      const params = floor.params(variables);
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.executeRead((tx) => tx.run(floor.cypher, params), TX);
        send(response, 200, floor.answer(result.records[0]?.toObject(), params));
      } finally {
        await session.close();
      }
    } catch (error) {
      send(response, 500, { error: error instanceof Error ? error.message : String(error) });
    }
  })();
});
const port = Number(requiredEnv('PORT'));
server.listen(port, '127.0.0.1', () => console.log(`floor listening on http://127.0.0.1:${port}`));

const stop = () => {
  server.close();
  server.closeAllConnections();
  void driver.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
