import type { Database, WorkGuard } from '../db/database.js';
import { DatabaseUnavailableError, isDatabaseUnavailable } from '../errors/databaseUnavailable.js';
import type { Logger } from '../logging/logger.js';

export interface AvailabilityOptions {
  /** Work still unanswered after this long (and as often again) makes us ask Neo4j whether it is there. */
  slowWorkMs?: number;
  /** How long a probe (RETURN 1, no retries) may take before Neo4j counts as not answering. */
  probeTimeoutMs?: number;
  /** Pause between probes while Neo4j is away; recovery is noticed at most this much (plus a probe) late. */
  probeIntervalMs?: number;
  /** After this long away, probe less often: a frozen server keeps each probe's connection until it thaws. */
  slowProbingAfterMs?: number;
  slowProbeIntervalMs?: number;
}

const DEFAULTS: Required<AvailabilityOptions> = {
  slowWorkMs: 500,
  probeTimeoutMs: 1000,
  probeIntervalMs: 500,
  slowProbingAfterMs: 30_000,
  slowProbeIntervalMs: 2000,
};

interface Outage {
  since: number;
  reason: string;
}

/**
 * A circuit breaker in front of Neo4j for the API. neo4j-driver, even with our short budgets, spends up to
 * 3 s retrying each request against a stopped server, and waits forever on a frozen one (a paused process
 * keeps its sockets open, so nothing fails). Instead:
 *
 * - work that fails because the server is unreachable, or that is still unanswered after `slowWorkMs`
 *   while a direct probe gets no answer either, marks Neo4j as away;
 * - from then on every request is refused at once with SERVICE_UNAVAILABLE (no queue, no pile-up), and
 *   work already waiting is let go with the same error;
 * - a probe every `probeIntervalMs` notices the server's return, and requests flow again, with the same
 *   driver: no restart.
 *
 * A slow query on a healthy server is left alone: the probe answers, so nothing is marked.
 */
export class DatabaseAvailability {
  private readonly options: Required<AvailabilityOptions>;
  private outage: Outage | undefined;
  /**
   * How to let go of each piece of work still waiting, when Neo4j is marked away. One rejecter per piece,
   * dropped when it ends: racing every query against one long-lived promise instead would pile a
   * reaction onto that promise per query, never released (a leak growing with traffic).
   */
  private readonly waiting = new Set<(error: Error) => void>();
  private probing: Promise<void> | undefined;
  private probeTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** When a probe last got an answer (performance.now()). */
  private lastAnswer = -Infinity;
  private readonly removeGuard: () => void;

  constructor(
    private readonly db: Database,
    private readonly log: Logger,
    options: AvailabilityOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.removeGuard = db.useGuard(this.guard);
  }

  /** Whether Neo4j answered at the last look (metrics). */
  get up(): boolean {
    return this.outage === undefined;
  }

  /** Stops probing and takes the guard off the database (the app is stopping). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.probeTimer);
    this.removeGuard();
  }

  private unavailable(): DatabaseUnavailableError {
    const outage = this.outage!;
    return new DatabaseUnavailableError(
      `Neo4j has been unavailable for ${Date.now() - outage.since} ms: ${outage.reason}`,
    );
  }

  readonly guard: WorkGuard = async <T>(work: () => Promise<T>): Promise<T> => {
    if (this.outage) throw this.unavailable();
    // Repeated, not once: a server that freezes while a long query runs is noticed all the same.
    const watch = setInterval(() => void this.probe(), this.options.slowWorkMs);
    watch.unref();
    let giveUp!: (error: Error) => void;
    const abandoned = new Promise<never>((_, reject) => {
      giveUp = reject;
    });
    this.waiting.add(giveUp);
    try {
      // Work abandoned here carries on in the background and closes its own session when (if) it ends.
      return await Promise.race([work(), abandoned]);
    } catch (error) {
      if (isDatabaseUnavailable(error)) this.markDown(error);
      throw error;
    } finally {
      this.waiting.delete(giveUp);
      clearInterval(watch);
    }
  };

  /**
   * One probe at a time, callers arriving during a probe share its outcome; while Neo4j answers, at most
   * one probe per `slowWorkMs` however many slow queries ask for one.
   */
  private probe(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (!this.probing && !this.outage && performance.now() - this.lastAnswer < this.options.slowWorkMs) {
      return Promise.resolve();
    }
    this.probing ??= this.db
      .ping(this.options.probeTimeoutMs)
      .then(
        () => this.markUp(),
        (error: unknown) => this.markDown(error),
      )
      .finally(() => {
        this.probing = undefined;
      });
    return this.probing;
  }

  private markDown(error: unknown): void {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    if (this.outage || this.stopped) return;
    this.outage = { since: Date.now(), reason };
    this.log.warn({ reason }, 'Neo4j is unavailable: refusing database work until it answers again');
    const refusal = this.unavailable();
    for (const giveUp of this.waiting) giveUp(refusal);
    this.waiting.clear();
    this.scheduleProbe();
  }

  private markUp(): void {
    this.lastAnswer = performance.now();
    if (!this.outage) return;
    const downMs = Date.now() - this.outage.since;
    this.outage = undefined;
    this.log.info({ downMs }, 'Neo4j answers again');
  }

  private scheduleProbe(): void {
    if (this.stopped || !this.outage) return;
    const away = Date.now() - this.outage.since;
    const interval =
      away > this.options.slowProbingAfterMs
        ? this.options.slowProbeIntervalMs
        : this.options.probeIntervalMs;
    this.probeTimer = setTimeout(() => {
      void this.probe().then(() => this.scheduleProbe());
    }, interval);
    this.probeTimer.unref();
  }
}
