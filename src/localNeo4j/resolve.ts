import type { Config } from '../config/env.js';
import { tryAuthenticate } from './credentials.js';
import { isPortFree } from './ports.js';
import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from './server.js';

export interface Neo4jTarget {
  uri: string;
  /** Set when this process started the Neo4j and must stop it. */
  local?: LocalNeo4j;
  /** Starts that Neo4j again as it was started (same port, data folder and password), after it died. */
  restart?: () => Promise<LocalNeo4j>;
}

/** The URI Neo4j will answer on, known before it is started: the driver can be made first. */
export function neo4jUri(config: Config): string {
  return config.neo4j.uri || `bolt://127.0.0.1:${config.local.boltPort}`;
}

/**
 * Where to find Neo4j: NEO4J_URI when set; else the project's own, reused when one already answers on
 * the local Bolt port with our password (a running `npm start` or `npm run neo4j`), started otherwise.
 */
export async function resolveNeo4j(
  config: Config,
  log: (message: string) => void,
  verbose?: (line: string) => void,
  starting: Pick<LocalNeo4jOptions, 'onStage' | 'signal'> = {},
): Promise<Neo4jTarget> {
  const uri = neo4jUri(config);
  if (config.neo4j.uri) return { uri };
  const port = config.local.boltPort;
  if (!(await isPortFree(port))) {
    const state = await tryAuthenticate(uri, config.neo4j.password, config.neo4j.database).catch(
      () => 'starting',
    );
    if (state === 'ready') {
      log(`Using the Neo4j already running on ${uri} (started by another npm start or npm run neo4j)`);
      return { uri };
    }
  }
  const start = () =>
    startLocalNeo4j({
      settings: config.local,
      password: config.neo4j.password,
      database: config.neo4j.database,
      log,
      onNeo4jOutput: verbose,
      ...starting,
    });
  const local = await start();
  return { uri: local.uri, local, restart: start };
}
