/**
 * One timed run: autocannon keeps `connections` requests in flight against one URL for `seconds`, every
 * latency is kept (autocannon's own histogram has no p95), and every response is checked: a status
 * other than 2xx, a connection error, a timeout or a GraphQL `errors` member in a body fails the run.
 */
import autocannon from 'autocannon';

export interface Target {
  url: string;
  body: string;
}

export interface RunStats {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  mean_ms: number;
}

export class RunFailed extends Error {}

/** The runs in progress, so that a signal can stop them at once (run.ts). */
const active = new Set<autocannon.Instance>();

let stopped = false;

/** Whether stopAllRuns was called: the benchmark is stopping. */
export const stopping = () => stopped;

/** Stops the runs in progress; any run asked for afterwards fails at once. */
export function stopAllRuns(): void {
  stopped = true;
  for (const instance of active) instance.stop();
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

const ERRORS_MEMBER = Buffer.from('"errors":[');

/**
 * A warm-up is checked like a timed run, but may end with no response (a question slower than the
 * warm-up under load); its figures are not used.
 */
export async function run(
  target: Target,
  connections: number,
  seconds: number,
  options: { warmUp?: boolean } = {},
): Promise<RunStats> {
  if (stopped) throw new RunFailed('the benchmark is stopping');
  const latencies: number[] = [];
  let bodiesWithErrors = 0;
  let firstErrorBody: string | undefined;
  let finish: (error: unknown, result?: autocannon.Result) => void = () => undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    finish = (error, result) => (error || !result ? reject(error as Error) : resolve(result));
  });
  const instance = autocannon(
    {
      url: target.url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: target.body,
      connections,
      duration: seconds,
      timeout: 10,
      setupClient: (client) => {
        // A body may come in several chunks; an `errors` member anywhere in one marks its response.
        let chunks: Buffer[] = [];
        let sawErrors = false;
        client.on('headers', () => {
          chunks = [];
          sawErrors = false;
        });
        client.on('body', (chunk: Buffer) => {
          if (!sawErrors && chunk.includes(ERRORS_MEMBER)) sawErrors = true;
          if (!firstErrorBody && chunks.length < 4) chunks.push(chunk);
        });
        client.on('response', () => {
          if (sawErrors) {
            bodiesWithErrors += 1;
            firstErrorBody ??= Buffer.concat(chunks).toString('utf8').slice(0, 2000);
          }
        });
      },
    },
    (error, result) => finish(error, result),
  );
  active.add(instance);
  instance.on('response', (_client, _status, _bytes, responseTime) => {
    latencies.push(responseTime);
  });
  let result: autocannon.Result;
  try {
    result = await finished;
  } finally {
    active.delete(instance);
  }
  if (stopped) throw new RunFailed('the benchmark is stopping');
  const elapsed = result.duration;
  const problems = [
    result.non2xx ? `${result.non2xx} responses with a status other than 2xx` : '',
    result.errors ? `${result.errors} connection errors` : '',
    result.timeouts ? `${result.timeouts} timeouts` : '',
    bodiesWithErrors ? `${bodiesWithErrors} GraphQL bodies with errors, the first: ${firstErrorBody}` : '',
  ].filter(Boolean);
  if (problems.length) throw new RunFailed(`${target.url}: ${problems.join('; ')}`);
  if (latencies.length === 0 && !options.warmUp) {
    throw new RunFailed(`${target.url}: no response within ${seconds} s`);
  }

  const sorted = Float64Array.from(latencies).sort();
  return {
    connections,
    seconds: round(elapsed, 2),
    requests: sorted.length,
    rps: round(sorted.length / elapsed, 1),
    p50_ms: round(percentile(sorted, 50), 2),
    p95_ms: round(percentile(sorted, 95), 2),
    p99_ms: round(percentile(sorted, 99), 2),
    mean_ms: round(sorted.reduce((sum, v) => sum + v, 0) / sorted.length, 2),
  };
}

export function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
