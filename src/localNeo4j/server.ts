import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LocalNeo4jSettings } from '../config/env.js';
import { jvmArguments, layout, renderNeo4jConf } from './conf.js';
import { tryAuthenticate } from './credentials.js';
import { ensureNeo4jJars, jarsAreCurrent, LAUNCHER_CLASS, libDir } from './jars.js';
import { acceptsConnections, isPortFree } from './ports.js';
import { LocalNeo4jError } from './preflight.js';

export interface LocalNeo4jOptions {
  settings: LocalNeo4jSettings;
  password: string;
  database: string;
  env?: NodeJS.ProcessEnv;
  /** Our own progress messages. */
  log: (message: string) => void;
  /** Further neo4j.conf settings, for tests that need Neo4j in an unusual state. */
  extraConf?: Record<string, string>;
  /** Each line Neo4j prints (its user log). */
  onNeo4jOutput?: (line: string) => void;
  /** Told when the jars must be fetched first, and when the JVM is being started (npm start's /readyz). */
  onStage?: (stage: LocalNeo4jStage) => void;
  /** Aborting stops the fetch or the JVM being started and rejects (Ctrl-C during npm start). */
  signal?: AbortSignal;
}

export type LocalNeo4jStage = 'fetching Neo4j' | 'starting Neo4j';

export interface LocalNeo4j {
  uri: string;
  pid: number;
  dataDir: string;
  /** Stops the JVM (Neo4j closes its store cleanly) and resolves once it has exited. */
  stop(): Promise<void>;
  /** Resolves with the exit code when the JVM exits, for whatever reason. */
  exited: Promise<number | null>;
  /** Resolves when the JVM exits, with its code or the signal that ended it. */
  ended: Promise<ExitStatus>;
  /** The last lines of Neo4j's log (its own file, or what it printed when that is empty). */
  logTail(lines?: number): string;
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const STOP_GRACE_MS = 30_000;
const OUTPUT_LINES_KEPT = 40;

function tail(file: string, lines: number): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

function whenEnded(child: ChildProcess): Promise<ExitStatus> {
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      // Our end of the launcher's watchdog pipe has nothing more to say.
      child.stdin?.destroy();
      resolve({ code, signal });
    });
  });
}

async function stopProcess(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  // Cancelled once the JVM is gone, so a pending grace timer never holds this process open.
  const grace = new AbortController();
  const timer = sleep(STOP_GRACE_MS, 'timeout' as const, { signal: grace.signal }).catch(
    () => 'cancelled' as const,
  );
  const outcome = await Promise.race([exited, timer]);
  grace.abort();
  if (outcome === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * Starts the project's own Neo4j from the jars Maven fetched, on 127.0.0.1 only, and resolves once it
 * answers a query as user neo4j with the configured password. The JVM stops with this process: on
 * stop(), on normal exit, and (through the launcher's stdin watchdog) when this process is killed.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const { settings, password, database, log } = options;
  const env = options.env ?? process.env;
  const signal = options.signal;
  if (!jarsAreCurrent()) options.onStage?.('fetching Neo4j');
  const { java } = await ensureNeo4jJars(env, log, signal);
  if (signal?.aborted) throw new LocalNeo4jError('Neo4j was not started: start-up was cancelled.');
  options.onStage?.('starting Neo4j');

  const port = settings.boltPort;
  if (!(await isPortFree(port))) {
    throw new LocalNeo4jError(
      `Bolt port ${port} on 127.0.0.1 is already in use, perhaps by a Neo4j started earlier (\`npm start\` or \`npm run neo4j\`). ` +
        `Stop it, choose another port with NEO4J_LOCAL_BOLT_PORT, or use that server with NEO4J_URI=bolt://127.0.0.1:${port}.`,
    );
  }

  const dirs = layout(settings.dataDir);
  await mkdir(dirs.confDir, { recursive: true });
  const extra = Object.entries(options.extraConf ?? {}).map(([key, value]) => `${key}=${value}\n`);
  await writeFile(
    dirs.confFile,
    [renderNeo4jConf(settings), `initial.dbms.default_database=${database}\n`, ...extra].join(''),
  );

  const started = Date.now();
  log(`Starting Neo4j on bolt://127.0.0.1:${port} (data in ${settings.dataDir})...`);
  const child = spawn(
    java,
    [
      ...jvmArguments(settings),
      '-cp',
      path.join(libDir, '*'),
      LAUNCHER_CLASS,
      `--home-dir=${dirs.home}`,
      `--config-dir=${dirs.confDir}`,
      '--console-mode',
    ],
    // Its own process group, so a Ctrl-C in the terminal reaches only us and we stop Neo4j after
    // draining the API; stdin stays a pipe whose end-of-file tells the launcher we are gone.
    { env, detached: true, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const ended = whenEnded(child);
  const exited = ended.then(({ code }) => code);
  const output: string[] = [];
  const onLine = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      output.push(line);
      if (output.length > OUTPUT_LINES_KEPT) output.shift();
      options.onNeo4jOutput?.(line);
    }
  };
  child.stdout?.on('data', onLine);
  child.stderr?.on('data', onLine);
  const stopOnExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.on('exit', stopOnExit);
  void exited.then(() => process.off('exit', stopOnExit));

  const logTail = (lines = 20) => tail(dirs.userLog, lines) || output.slice(-lines).join('\n');
  const fail = async (reason: string): Promise<never> => {
    await stopProcess(child, exited);
    throw new LocalNeo4jError(`${reason}\nThe end of Neo4j's log (${dirs.userLog}):\n${logTail()}`);
  };

  const uri = `bolt://127.0.0.1:${port}`;
  const deadline = started + settings.startTimeoutMs;
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  for (;;) {
    if (exitCode !== undefined) return fail(`Neo4j exited during start-up with code ${exitCode}.`);
    if (signal?.aborted) return fail('Neo4j start-up was cancelled; it has been stopped.');
    if (Date.now() > deadline) {
      return fail(
        `Neo4j did not answer on ${uri} within ${settings.startTimeoutMs / 1000} s (NEO4J_LOCAL_START_TIMEOUT).`,
      );
    }
    if (await acceptsConnections(port)) {
      try {
        if ((await tryAuthenticate(uri, password, database)) === 'ready') break;
      } catch (error) {
        return fail(error instanceof Error ? error.message : String(error));
      }
    }
    await sleep(250);
  }
  log(`Neo4j answers on ${uri} after ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${child.pid})`);

  return {
    uri,
    pid: child.pid ?? -1,
    dataDir: settings.dataDir,
    exited,
    ended,
    logTail,
    stop: () => stopProcess(child, exited),
  };
}
