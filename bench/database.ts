/**
 * The benchmark's database: its own local Neo4j in .neo4j-local/bench-<N> on a free port (never the one
 * `npm start` uses), or the server NEO4J_URI names. The generated graph is reused when its marker
 * (:GeneratedGraph {statements, seed}) matches, generated into an empty database otherwise; a database
 * holding anything else is wiped only when it is the benchmark's own, and refused when it is not.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../src/config/env.js';
import { Database } from '../src/db/database.js';
import { migrate } from '../src/migrate.js';
import { generateGraph } from '../src/generate/load.js';
import { freePort } from '../src/localNeo4j/ports.js';
import { localRoot } from '../src/localNeo4j/jars.js';
import { startLocalNeo4j, type LocalNeo4j } from '../src/localNeo4j/server.js';
import type { LoadInfo } from './report.js';
import { readCpuMs, type Neo4jTarget } from './servers.js';

export class BenchRefused extends Error {}

export interface BenchDatabase {
  target: Neo4jTarget;
  /** Set when the benchmark started this Neo4j and must stop it. */
  local?: LocalNeo4j;
  /** For the report: where the data lives. */
  description: string;
}

export function benchDataDir(statements: number): string {
  return path.join(localRoot, `bench-${statements}`);
}

/** The Neo4j to use; starts the benchmark's own unless NEO4J_URI is set. */
export async function openBenchDatabase(
  config: Config,
  statements: number,
  log: (message: string) => void,
): Promise<BenchDatabase> {
  const credentials = {
    user: config.neo4j.user,
    password: config.neo4j.password,
    database: config.neo4j.database,
  };
  if (config.neo4j.uri) {
    const host = new URL(config.neo4j.uri).hostname;
    if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) {
      log(`Note: NEO4J_URI is not on this machine (${host}): database latency includes the network.`);
    }
    return {
      target: { uri: config.neo4j.uri, ...credentials },
      description: `NEO4J_URI (${config.neo4j.uri.replace(/\/\/[^@]*@/, '//')})`,
    };
  }
  const settings = { ...config.local, dataDir: benchDataDir(statements), boltPort: await freePort() };
  const local = await startLocalNeo4j({
    settings,
    password: credentials.password,
    database: credentials.database,
    log,
  });
  return {
    target: { uri: local.uri, ...credentials },
    local,
    description: `local Neo4j 5 Community in ${path.relative(process.cwd(), settings.dataDir) || settings.dataDir} (heap ${settings.heap}, page cache ${settings.pageCache})`,
  };
}

interface Marker {
  statements: number;
  seed: number;
  generatorVersion: unknown;
  /** The generator sets it false while writing and true at the end; absent on older markers. */
  complete: unknown;
}

async function inspect(db: Database): Promise<{ markers: Marker[]; empty: boolean }> {
  return db.read(async (tx) => {
    const markers = await tx.run(
      'MATCH (m:GeneratedGraph) RETURN m.statements AS statements, m.seed AS seed, ' +
        'm.generatorVersion AS generatorVersion, m.complete AS complete',
    );
    const any = await tx.run('CALL () { MATCH (n) RETURN n LIMIT 1 } RETURN count(n) AS nodes');
    return {
      markers: markers.records.map((r) => ({
        statements: Number(r.get('statements')),
        seed: Number(r.get('seed')),
        generatorVersion: r.get('generatorVersion') as unknown,
        complete: r.get('complete') as unknown,
      })),
      empty: Number(any.records[0]?.get('nodes') ?? 0) === 0,
    };
  });
}

/**
 * The generator's version, read without depending on it (it is not part of the generator's API): a
 * graph written by another version of the generator has other ids, so it is not reused.
 */
async function generatorVersion(): Promise<unknown> {
  const world: Record<string, unknown> = await import('../src/generate/world.js');
  return world.GENERATOR_VERSION;
}

function describe(marker: Marker): string {
  return `${marker.statements} statements, seed ${marker.seed}${marker.complete === false ? ', not completely written' : ''}`;
}

/** Deletes everything, in batches a large graph's transaction state can hold. */
async function wipe(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.name });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/** CPU ms so far of the Neo4j process and of this one (the generator), when Neo4j's is readable. */
function loadCpu(neo4jPid: number | undefined): { neo4j: number; generator: number } | null {
  const neo4j = neo4jPid === undefined ? null : readCpuMs(neo4jPid);
  if (neo4j === null) return null;
  const own = process.cpuUsage();
  return { neo4j, generator: (own.user + own.system) / 1000 };
}

function loadCpuSplit(
  before: ReturnType<typeof loadCpu>,
  after: ReturnType<typeof loadCpu>,
  statements: number,
): Pick<LoadInfo, 'cpu'> {
  if (!before || !after || statements === 0) return {};
  const neo4jUsPerStatement = ((after.neo4j - before.neo4j) * 1000) / statements;
  const generatorUsPerStatement = ((after.generator - before.generator) * 1000) / statements;
  return {
    cpu: {
      neo4jUsPerStatement,
      generatorUsPerStatement,
      ceilingStatementsPerSecond:
        (availableParallelism() * 1e6) / (neo4jUsPerStatement + generatorUsPerStatement),
    },
  };
}

const loadFile = (dataDir: string) => path.join(dataDir, 'bench-load.json');

/**
 * Makes sure the database holds the generated graph of `statements` statements and `seed`, and says how
 * fast it was loaded (now, or when it was generated, for a graph reused from the benchmark's own folder).
 */
export async function prepareGraph(
  target: Neo4jTarget,
  options: {
    statements: number;
    seed: number;
    own: boolean;
    dataDir?: string;
    /** The benchmark's own Neo4j, on this machine: its CPU during the load is reported. */
    neo4jPid?: number;
  },
  log: (message: string) => void,
): Promise<LoadInfo> {
  const db = new Database(target, { patient: true });
  try {
    const { markers, empty } = await inspect(db);
    const version = await generatorVersion();
    const marker = markers.length === 1 ? markers[0]! : undefined;
    const matching =
      marker !== undefined &&
      marker.statements === options.statements &&
      marker.seed === options.seed &&
      marker.complete !== false &&
      (version === undefined || marker.generatorVersion === version);
    if (matching) {
      log(`Reusing the generated graph (${options.statements} statements, seed ${options.seed})`);
      const saved =
        options.dataDir && existsSync(loadFile(options.dataDir))
          ? (JSON.parse(await readFile(loadFile(options.dataDir), 'utf8')) as LoadInfo)
          : undefined;
      await migrate(db);
      return {
        reused: true,
        entities: saved?.entities ?? null,
        statements: options.statements,
        attributions: saved?.attributions ?? null,
        seconds: saved?.seconds ?? null,
        statementsPerSecond: saved?.statementsPerSecond ?? null,
        ...(saved?.cpu ? { cpu: saved.cpu } : {}),
      };
    }
    if (!empty) {
      const otherVersion =
        marker && version !== undefined && marker.generatorVersion !== version
          ? ` (made by generator version ${String(marker.generatorVersion)}; it is ${String(version)} now)`
          : '';
      const found = markers.length
        ? `a generated graph of ${markers.map(describe).join(' and ')}${otherVersion}`
        : 'data that is not a generated graph';
      if (!options.own) {
        throw new BenchRefused(
          `NEO4J_URI names a database holding ${found}, not the graph this run needs ` +
            `(${options.statements} statements, seed ${options.seed}). The benchmark generates its graph only ` +
            `into an empty database, or reuses the one it generated there. Nothing was changed. ` +
            `Point NEO4J_URI to an empty database, ask for the graph it holds (--statements, --seed), ` +
            `or leave NEO4J_URI unset to use the benchmark's own Neo4j in .neo4j-local/bench-<N>.`,
        );
      }
      log(`The benchmark's database holds ${found}: deleting it`);
      await wipe(db);
    }
    log(`Generating ${options.statements.toLocaleString('en')} statements (seed ${options.seed})...`);
    let shown = 0;
    const cpuBefore = loadCpu(options.neo4jPid);
    const report = await generateGraph(db, {
      statements: options.statements,
      seed: options.seed,
      onProgress: (done, total) => {
        const percent = Math.floor((done / total) * 10) * 10;
        if (percent > shown) {
          shown = percent;
          log(`  ${percent}% (${done.toLocaleString('en')} of ${total.toLocaleString('en')})`);
        }
      },
    });
    const info: LoadInfo = {
      reused: false,
      entities: report.entities,
      statements: report.statements,
      attributions: report.attributions,
      seconds: report.seconds,
      statementsPerSecond: report.statementsPerSecond,
      ...loadCpuSplit(cpuBefore, loadCpu(options.neo4jPid), report.statements),
    };
    log(
      `Generated ${report.statements.toLocaleString('en')} statements in ${report.seconds.toFixed(1)} s ` +
        `(${Math.round(report.statementsPerSecond).toLocaleString('en')} statements/s)`,
    );
    if (options.dataDir) await writeFile(loadFile(options.dataDir), `${JSON.stringify(info, null, 2)}\n`);
    return info;
  } finally {
    await db.close();
  }
}
