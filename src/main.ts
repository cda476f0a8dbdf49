/** `npm start`: the GraphQL server, with the project's own Neo4j unless NEO4J_URI is set. */
import 'dotenv/config';
import { runCli } from './cli/run.js';
import { onShutdownSignal } from './cli/signals.js';
import { loadConfig } from './config/env.js';
import { createLogger } from './logging/logger.js';
import { startService } from './server/service.js';

await runCli(async () => {
  const config = loadConfig();
  const log = createLogger(config.logLevel, config.production);
  // Signals are ours from the moment the server listens: a Ctrl-C while Neo4j starts, migrations run or
  // the warm-up asks its questions stops all of it, the JVM included, and exits 0.
  const service = await startService(config, log, (starting) =>
    onShutdownSignal(
      async (signal) => {
        log.info(`${signal}: shutting down (press Ctrl-C again to force)`);
        await starting.stop();
        log.info('stopped');
      },
      (message) => log.warn(message),
    ),
  );
  // Our own Neo4j would not stay up (src/localNeo4j/supervisor.ts): exit 1 after draining, so that a
  // supervisor restarts the whole service, or the person running it sees why it stopped.
  void service.failed.then(async () => {
    await service.stop().catch(() => undefined);
    log.error('exiting: the local Neo4j could not be kept running');
    process.exit(1);
  });
});
