/**
 * `npm run neo4j`: the project's own Neo4j alone, in the foreground, for your own Cypher (cypher-shell,
 * a driver, Neo4j Desktop). Ctrl-C stops it.
 */
import 'dotenv/config';
import { loadConfig } from '../src/config/env.js';
import { runCli } from '../src/cli/run.js';
import { onShutdownSignal } from '../src/cli/signals.js';
import { LocalNeo4jError } from '../src/localNeo4j/preflight.js';
import { startLocalNeo4j } from '../src/localNeo4j/server.js';

await runCli(async () => {
  const config = loadConfig();
  if (config.neo4j.uri) {
    throw new LocalNeo4jError(
      `NEO4J_URI is set (${config.neo4j.uri}), so there is no local Neo4j to run. Unset it to run the project's own.`,
    );
  }
  const neo4j = await startLocalNeo4j({
    settings: config.local,
    password: config.neo4j.password,
    database: config.neo4j.database,
    log: (message) => console.log(message),
    onNeo4jOutput: (line) => console.log(`  neo4j | ${line}`),
  });
  console.log(
    `Ready: ${neo4j.uri} user neo4j, password from NEO4J_PASSWORD, database ${config.neo4j.database}. Ctrl-C stops it.`,
  );
  let stopping = false;
  onShutdownSignal(
    async (signal) => {
      stopping = true;
      console.log(`${signal}: stopping Neo4j...`);
      await neo4j.stop();
    },
    (message) => console.error(message),
  );
  const code = await neo4j.exited;
  if (stopping) return;
  console.error(`Neo4j exited by itself with code ${code}`);
  process.exit(1);
});
