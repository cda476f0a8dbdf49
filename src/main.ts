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
  const service = await startService(config, log);
  onShutdownSignal(
    async (signal) => {
      log.info(`${signal}: shutting down (press Ctrl-C again to force)`);
      await service.stop();
      log.info('stopped');
    },
    (message) => log.warn(message),
  );
  // Our own Neo4j would not stay up (src/localNeo4j/supervisor.ts): exit 1 after draining, so that a
  // supervisor restarts the whole service, or the person running it sees why it stopped.
  void service.failed.then(async () => {
    await service.stop().catch(() => undefined);
    log.error('exiting: the local Neo4j could not be kept running');
    process.exit(1);
  });
});
