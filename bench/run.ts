/**
 * `npm run bench -- [--statements N] [--duration S] [--concurrency C] [--seed S] [--warmup S] [--out DIR]`
 *
 * Builds (or reuses) a generated graph in a database of its own, starts our server, the floor and the
 * peer, checks that they give the same answers, then times the fixed mix of researcher questions
 * (bench/mix.ts) against each, and writes bench/results/latest.json and latest.md. bench/README.md
 * explains the method.
 */
import os from 'node:os';
import path from 'node:path';
import { waitForIdleDatabase } from './settle.js';
import { parseArgs } from 'node:util';
import { runCli } from '../src/cli/run.js';
import { UsageError } from '../src/cli/usage.js';
import { loadConfig } from '../src/config/env.js';
import { projectRoot } from '../src/config/paths.js';
import { benchTargets } from '../src/generate/targets.js';
import {
  checkAnswers,
  measureQuery,
  memoryOf,
  rssFromMetrics,
  targetsOf,
  type Contenders,
} from './contenders.js';
import {
  benchDataDir,
  BenchRefused,
  openBenchDatabase,
  prepareGraph,
  type BenchDatabase,
} from './database.js';
import { round, RunFailed, stopAllRuns } from './measure.js';
import { benchQueries } from './mix.js';
import { evaluateTargets, markdown, writeReport, type QueryResult, type Report } from './report.js';
import { startFloorServer, startOurServer, startPeerServer, stopAllServers } from './servers.js';

const USAGE = `Usage: npm run bench -- [options]

  --statements N   size of the generated graph, in statements (default 20000)
  --duration S     seconds per timed run, whole (default 5)
  --concurrency C  clients in flight in the loaded runs (default 16)
  --seed S         the generator's seed (default 1)
  --warmup S       seconds of warm-up before each contender's runs, whole (default: a fifth of --duration,
                   at least 1; 0 for none)
  --out DIR        where latest.json and latest.md go (default bench/results)
  --help           this text

The graph lives in .neo4j-local/bench-<N> (a Neo4j of its own on a free port) unless NEO4J_URI is set;
NEO4J_LOCAL_HEAP and NEO4J_LOCAL_PAGECACHE size that Neo4j. bench/README.md explains the method.`;

interface Options {
  statements: number;
  durationSeconds: number;
  concurrency: number;
  seed: number;
  warmupSeconds: number;
  out: string;
}

function parseCommandLine(argv: string[]): Options | 'help' {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        statements: { type: 'string' },
        duration: { type: 'string' },
        concurrency: { type: 'string' },
        seed: { type: 'string' },
        warmup: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (values.help) return 'help';
  const whole = (name: string, fallback: number, min: number, max: number) => {
    const text = values[name];
    if (text === undefined) return fallback;
    const value = typeof text === 'string' && /^\d[\d_]*$/.test(text) ? Number(text.replace(/_/g, '')) : NaN;
    if (!(value >= min && value <= max)) {
      throw new UsageError(
        `--${name} must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}, not "${String(text)}".\n\n${USAGE}`,
      );
    }
    return value;
  };
  const durationSeconds = whole('duration', 5, 1, 600);
  return {
    statements: whole('statements', 20_000, 1000, 5_000_000),
    durationSeconds,
    concurrency: whole('concurrency', 16, 1, 1024),
    seed: whole('seed', 1, 0, 2 ** 31 - 1),
    warmupSeconds: whole('warmup', Math.max(1, Math.round(durationSeconds / 5)), 0, 600),
    out: path.resolve(
      typeof values.out === 'string' ? values.out : path.join(projectRoot, 'bench', 'results'),
    ),
  };
}

const started = Date.now();
const log = (message: string) =>
  console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

// ---------------------------------------------------------------------------------------------------------
// Stopping everything, whatever happens
// ---------------------------------------------------------------------------------------------------------

let database: BenchDatabase | undefined;
let cleaning: Promise<void> | undefined;

function cleanUp(): Promise<void> {
  return (cleaning ??= (async () => {
    stopAllRuns();
    await stopAllServers().catch((error: unknown) => log(`stopping the servers failed: ${String(error)}`));
    if (database?.local) {
      log('Stopping the benchmark Neo4j');
      await database.local.stop().catch((error: unknown) => log(`stopping Neo4j failed: ${String(error)}`));
    }
  })());
}

let signalled = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (signalled) return;
    signalled = true;
    log(`${signal}: stopping the runs, the servers and Neo4j`);
    void cleanUp().finally(() => process.exit(130));
  });
}

await runCli(async () => {
  const parsed = parseCommandLine(process.argv.slice(2));
  if (parsed === 'help') {
    console.log(USAGE);
    return;
  }
  const options = parsed;
  // Only the environment: .env configures the server a developer runs, not the benchmark.
  const config = loadConfig(process.env);
  let refusal: string | undefined;
  try {
    log(
      `${options.statements.toLocaleString('en')} statements (seed ${options.seed}), ${options.durationSeconds} s per run ` +
        `after ${options.warmupSeconds} s of warm-up, ${options.concurrency} clients`,
    );
    database = await openBenchDatabase(config, options.statements, log);
    const load = await prepareGraph(
      database.target,
      {
        statements: options.statements,
        seed: options.seed,
        own: Boolean(database.local),
        dataDir: database.local ? benchDataDir(options.statements) : undefined,
        neo4jPid: database.local?.pid,
      },
      log,
    );

    log('Starting our server, the floor and the peer');
    const [ours, floor, peer] = await Promise.all([
      startOurServer(database.target),
      startFloorServer(database.target),
      startPeerServer(database.target),
    ]);
    const servers: Contenders = { ours, floor, peer };
    log(`Our server pid ${ours.pid} at ${ours.url}, floor pid ${floor.pid}, peer pid ${peer.pid}`);

    const queries = benchQueries(benchTargets({ statements: options.statements, seed: options.seed }));
    log('Checking that ours, the floor and the peer answer, and that ours and the floor agree');
    for (const query of queries) {
      const checkStarted = performance.now();
      await checkAnswers(query, targetsOf(query, servers));
      log(
        `  ${query.name}: same answer (${((performance.now() - checkStarted) / 1000).toFixed(1)} s, first asking)`,
      );
    }

    log(`Timing ${queries.length} questions`);
    const loadAtStart = round(os.loadavg()[0]!, 2);
    const results: QueryResult[] = [];
    const settle = () => waitForIdleDatabase(database!.target, log);
    for (const query of queries) results.push(await measureQuery(query, servers, options, log, settle));

    const oursMemory = memoryOf(ours);
    if (oursMemory.rss_mb === null) oursMemory.rss_mb = await rssFromMetrics(ours);
    const cpus = os.cpus();
    const partial: Omit<Report, 'targets'> = {
      generatedAt: new Date().toISOString(),
      settings: {
        statements: options.statements,
        seed: options.seed,
        durationSeconds: options.durationSeconds,
        warmupSeconds: options.warmupSeconds,
        concurrency: options.concurrency,
        neo4j: database.description,
      },
      machine: {
        cpus: cpus.length,
        cpuModel: cpus[0]?.model.trim() ?? 'unknown',
        memoryGb: Math.round(os.totalmem() / 1024 ** 3),
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
        loadAverage: { start: loadAtStart, end: round(os.loadavg()[0]!, 2) },
      },
      load,
      api_rss_mb: oursMemory.rss_mb,
      memory: { ours: oursMemory, floor: memoryOf(floor), peer: memoryOf(peer) },
      queries: results,
    };
    const report: Report = { ...partial, targets: evaluateTargets(partial) };
    const files = await writeReport(report, options.out);
    console.log(markdown(report));
    log(`Wrote ${path.relative(process.cwd(), files.json)} and ${path.relative(process.cwd(), files.md)}`);
  } catch (error) {
    // Stopped by a signal: its handler says so and exits once everything is stopped.
    if (signalled) return;
    // Refusals and failed runs are told plainly, without a stack trace; anything else is a bug.
    if (error instanceof BenchRefused) refusal = error.message;
    // The generator's own refusal of its options (a count it cannot make a graph of) is a usage error.
    else if (error instanceof Error && error.name === 'GenerateOptionsError') {
      throw new UsageError(`${error.message}\n\n${USAGE}`);
    } else if (error instanceof RunFailed) {
      refusal = `A timed run had failures, so its figures would mean nothing: ${error.message}`;
    } else throw error;
  } finally {
    await cleanUp();
    log(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  if (refusal) {
    console.error(refusal);
    process.exit(1);
  }
});
