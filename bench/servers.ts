/**
 * The three HTTP servers under test, each a child process of its own so that memory and CPU are each
 * one's own: ours (src/main.ts, as `npm start` runs it, in production mode), the floor and the peer. All
 * listen on 127.0.0.1, on ports picked free; all stop when the benchmark stops, however it stops
 * (bench/exitWithParent.mjs).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../src/config/paths.js';
import { freePort } from '../src/localNeo4j/ports.js';

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface ChildServer {
  name: string;
  pid: number;
  /** http://127.0.0.1:<port> */
  url: string;
  /** The last lines it printed, for error messages. */
  output(): string;
  /** Resident memory now and at its peak, in MB (Linux: /proc/<pid>/status); null elsewhere. */
  memory(): { rssMb: number; peakMb: number } | null;
  /** CPU time used so far, user and system, in ms (Linux: /proc/<pid>/stat); null elsewhere. */
  cpuMs(): number | null;
  /** SIGTERM, then SIGKILL if it has not exited within 15 s. */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 180_000;
const STOP_GRACE_MS = 15_000;
const OUTPUT_KEPT = 16_000;
const preload = pathToFileURL(path.join(projectRoot, 'bench', 'exitWithParent.mjs')).href;

let built: Promise<void> | undefined;

/** Compiles our server as `npm start` does (`npm run build`), once per benchmark. */
function buildOurServer(): Promise<void> {
  built ??= new Promise<void>((resolve, reject) => {
    const tsc = path.join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    const child = spawn(process.execPath, [tsc, '-p', path.join(projectRoot, 'tsconfig.build.json')], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`building our server failed (exit ${code}):\n${output}`)),
    );
  });
  return built;
}

/**
 * The variables our server reads (.env.example lists them all), each set to empty (its default) unless
 * given: a developer's .env must not change what is measured, and dotenv never overrides a variable set.
 */
function serverVariables(): Record<string, string> {
  const names = readFileSync(path.join(projectRoot, '.env.example'), 'utf8')
    .split('\n')
    .map((line) => /^([A-Z][A-Z0-9_]*)=/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);
  return Object.fromEntries(
    [...names, 'API_KEYS', 'API_KEYS_FILE', 'QUERY_ACCESS', 'METRICS_ENABLED'].map((n) => [n, '']),
  );
}

function neo4jVariables(target: Neo4jTarget): Record<string, string> {
  return {
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    NEO4J_DATABASE: target.database,
  };
}

/** Everything started, so that a signal or an error stops it all (run.ts). */
const running = new Set<ChildServer>();
let refusing = false;

export async function stopAllServers(): Promise<void> {
  refusing = true;
  await Promise.all([...running].map((server) => server.stop()));
}

function readMemory(pid: number): { rssMb: number; peakMb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    const rss = kb('VmRSS');
    const peak = kb('VmHWM');
    return Number.isFinite(rss) ? { rssMb: rss / 1024, peakMb: peak / 1024 } : null;
  } catch {
    return null;
  }
}

/** Clock ticks per second of /proc/<pid>/stat: USER_HZ, 100 on every Linux architecture Node runs on. */
const USER_HZ = 100;

/** A process's CPU time so far, user and system, in ms; null where /proc is missing. */
export function readCpuMs(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces): state is field 3, utime 14 and stime 15.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / USER_HZ : null;
  } catch {
    return null;
  }
}

async function waitUntilReady(
  child: ChildProcess,
  url: string,
  name: string,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${name} exited during start-up (${child.exitCode ?? child.signalCode}):\n${output()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${name} was not ready within ${START_TIMEOUT_MS / 1000} s:\n${output()}`);
}

/** `file` runs through the TypeScript loader, unless it is compiled JavaScript. */
async function startServer(
  name: string,
  file: string,
  env: Record<string, string>,
  readyPath: string,
): Promise<ChildServer> {
  if (refusing) throw new Error('the benchmark is stopping');
  const port = await freePort();
  const loader = file.endsWith('.js') ? ['--enable-source-maps'] : ['--import', 'tsx'];
  const child = spawn(process.execPath, [...loader, '--import', preload, path.join(projectRoot, file)], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...env,
      PORT: String(port),
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_KEPT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;

  let stopping: Promise<void> | undefined;
  const server: ChildServer = {
    name,
    pid: child.pid ?? -1,
    url,
    output: () => output,
    memory: () => (child.pid ? readMemory(child.pid) : null),
    cpuMs: () => (child.pid ? readCpuMs(child.pid) : null),
    stop: () =>
      (stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM');
          const outcome = await Promise.race([exited.then(() => 'exited'), sleep(STOP_GRACE_MS, 'timeout')]);
          if (outcome === 'timeout') {
            child.kill('SIGKILL');
            await exited;
          }
        }
        child.stdin?.destroy();
        running.delete(server);
      })()),
  };
  running.add(server);
  try {
    await waitUntilReady(child, `${url}${readyPath}`, name, () => output);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

/**
 * Our server, as `npm start` runs it in production: compiled, the same query limits, metrics on, logging
 * warnings only. The per-client limits are off: every benchmark client comes from one address, and the
 * benchmark measures how fast the server answers, not how soon it would tell one client to wait.
 */
export async function startOurServer(target: Neo4jTarget): Promise<ChildServer> {
  await buildOurServer();
  return startServer(
    'our server',
    'dist/src/main.js',
    {
      ...serverVariables(),
      ...neo4jVariables(target),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      METRICS_ENABLED: 'true',
      QUERY_ACCESS: 'open',
      CLIENT_MAX_CONCURRENT: '0',
      CLIENT_COST_BUDGET: '0',
    },
    '/readyz',
  );
}

export function startFloorServer(target: Neo4jTarget): Promise<ChildServer> {
  return startServer(
    'floor',
    'bench/floorServer.ts',
    { ...neo4jVariables(target), NODE_ENV: 'production' },
    '/healthz',
  );
}

export function startPeerServer(target: Neo4jTarget): Promise<ChildServer> {
  return startServer(
    'peer',
    'bench/peerServer.ts',
    { ...neo4jVariables(target), NODE_ENV: 'production' },
    '/healthz',
  );
}
