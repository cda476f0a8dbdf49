/**
 * The peer: @neo4j/graphql 7, which compiles each GraphQL request into one Cypher query, served by Apollo
 * Server 5 on Express 5 (the same HTTP stack as ours), over the same database, with the type definitions
 * in bench/peerTypeDefs.graphql. Introspection off, as our server in production.
 *
 * Run by the benchmark in a process of its own, configured by NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD,
 * NEO4J_DATABASE and PORT; listens on 127.0.0.1 only.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import { requiredEnv } from './env.js';

const database = process.env.NEO4J_DATABASE || 'neo4j';
const driver = neo4j.driver(
  requiredEnv('NEO4J_URI'),
  neo4j.auth.basic(requiredEnv('NEO4J_USER'), requiredEnv('NEO4J_PASSWORD')),
  { connectionTimeout: 3000, connectionAcquisitionTimeout: 5000, maxTransactionRetryTime: 3000 },
);

const typeDefs = readFileSync(new URL('./peerTypeDefs.graphql', import.meta.url), 'utf8');
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();

const app = express();
app.disable('x-powered-by');
const httpServer = http.createServer(app);
const apollo = new ApolloServer({
  schema,
  introspection: false,
  stopOnTerminationSignals: false,
  plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
});
await apollo.start();

app.get('/healthz', (_req, res) => {
  res.json({ status: 'ok' });
});
app.use(
  '/graphql',
  express.json({ limit: '1mb' }),
  expressMiddleware(apollo, { context: async () => ({ sessionConfig: { database } }) }),
);

const port = Number(requiredEnv('PORT'));
httpServer.listen(port, '127.0.0.1', () => console.log(`peer listening on http://127.0.0.1:${port}`));

const stop = () => {
  void apollo
    .stop()
    .then(() => driver.close())
    .finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
