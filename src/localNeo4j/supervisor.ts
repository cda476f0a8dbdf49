import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../logging/logger.js';
import { clipped } from '../logging/clip.js';
import type { ExitStatus, LocalNeo4j } from './server.js';

export interface SupervisorOptions {
  /** Starts the JVM again, on the same port and data folder (the driver keeps its address). */
  restart: () => Promise<LocalNeo4j>;
  log: Logger;
  /** First pause before a restart; doubled after each failure in a row, up to `maxDelayMs`. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** Failures in a row (exits, or restarts that did not come up) after which we give up. */
  maxFailures?: number;
  /** A Neo4j that ran this long before it died starts the count of failures afresh. */
  stableAfterMs?: number;
}

const DEFAULTS = { firstDelayMs: 1000, maxDelayMs: 30_000, maxFailures: 5, stableAfterMs: 60_000 };
const LOG_LINES = 20;

/** The service cannot go on: its own Neo4j keeps dying or will not start. */
export class LocalNeo4jGaveUpError extends Error {
  override readonly name = 'LocalNeo4jGaveUpError';
}

/**
 * Keeps the project's own Neo4j running for as long as the server runs. When the JVM exits without being
 * asked to (killed, out of memory, crashed), the exit is logged at error level with its code or signal
 * and the end of Neo4j's log, and the JVM is started again after 1 s, 2 s, 4 s, ... (up to 30 s).
 *
 * Why restart here rather than exit at once: this Neo4j exists only when no NEO4J_URI is given, that is on
 * a developer's machine or a small single-host install, where usually nothing would restart the server;
 * meanwhile the API keeps answering (health, and a quick SERVICE_UNAVAILABLE through the circuit breaker)
 * and recovers by itself. Why give up after `maxFailures` in a row: a Neo4j that dies again and again (no
 * memory, a full disk, a damaged store) will not be fixed by trying forever; `failed` then resolves and
 * src/main.ts exits non-zero, so a supervisor (systemd, a container runtime) or a person sees it.
 */
export class SupervisedNeo4j {
  private instance: LocalNeo4j;
  private startedAt = performance.now();
  private failures = 0;
  private stopping = false;
  /** Cancels the pause before a restart when we are told to stop. */
  private readonly pause = new AbortController();
  private restarting: Promise<void> | undefined;
  private readonly options: Required<Omit<SupervisorOptions, 'restart' | 'log'>>;
  private giveUp!: (error: LocalNeo4jGaveUpError) => void;
  /** Resolves (never rejects) when the supervisor has given up on Neo4j; the server should then exit. */
  readonly failed = new Promise<LocalNeo4jGaveUpError>((resolve) => (this.giveUp = resolve));

  constructor(
    first: LocalNeo4j,
    private readonly settings: SupervisorOptions,
  ) {
    this.options = { ...DEFAULTS, ...settings };
    this.instance = first;
    this.watch(first);
  }

  /** The JVM running now (its pid changes with each restart). */
  get current(): LocalNeo4j {
    return this.instance;
  }

  /** Stops supervising, then the JVM (waiting for a restart under way, so none is left behind). */
  async stop(): Promise<void> {
    this.stopping = true;
    this.pause.abort();
    await this.restarting;
    await this.instance.stop();
  }

  private watch(instance: LocalNeo4j): void {
    void instance.ended.then((status) => {
      if (this.stopping || instance !== this.instance) return;
      this.onUnexpectedExit(instance, status);
    });
  }

  private onUnexpectedExit(instance: LocalNeo4j, status: ExitStatus): void {
    const upMs = Math.round(performance.now() - this.startedAt);
    this.failures = upMs >= this.options.stableAfterMs ? 1 : this.failures + 1;
    this.settings.log.error(
      {
        pid: instance.pid,
        exitCode: status.code,
        signal: status.signal,
        upMs,
        failuresInARow: this.failures,
        neo4jLog: instance
          .logTail(LOG_LINES)
          .split('\n')
          .map((line) => clipped(line, 500)),
      },
      `the local Neo4j exited unexpectedly (${status.signal ? `signal ${status.signal}` : `exit code ${status.code}`})`,
    );
    this.restarting = this.restartLoop().finally(() => (this.restarting = undefined));
  }

  private async restartLoop(): Promise<void> {
    for (;;) {
      if (this.failures >= this.options.maxFailures) {
        const message = `the local Neo4j failed ${this.failures} times in a row: giving up (the server exits so that whatever supervises it can act)`;
        this.settings.log.error({ failuresInARow: this.failures }, message);
        this.giveUp(new LocalNeo4jGaveUpError(message));
        return;
      }
      const delayMs = Math.min(this.options.firstDelayMs * 2 ** (this.failures - 1), this.options.maxDelayMs);
      this.settings.log.warn({ delayMs, attempt: this.failures }, 'restarting the local Neo4j');
      try {
        await sleep(delayMs, undefined, { signal: this.pause.signal });
      } catch {
        return; // told to stop
      }
      try {
        const next = await this.settings.restart();
        if (this.stopping) {
          await next.stop();
          return;
        }
        this.instance = next;
        this.startedAt = performance.now();
        this.settings.log.info({ pid: next.pid, uri: next.uri }, 'the local Neo4j runs again');
        this.watch(next);
        return;
      } catch (error) {
        if (this.stopping) return;
        this.failures += 1;
        this.settings.log.error(
          { err: error, failuresInARow: this.failures },
          'the local Neo4j did not start again',
        );
      }
    }
  }
}
