import type { Database, WorkGuard } from './database.js';
import { DatabaseUnavailableError, isDatabaseUnavailable } from '../errors/databaseUnavailable.js';
import type { Logger } from '../logging/logger.js';
import { HANDSHAKE_TIMEOUT_MS, Neo4jProbe } from './neo4jProbe.js';

export interface AvailabilityOptions {
  /** Work still unanswered after this long (and as often again) makes us ask Neo4j whether it is there. */
  slowWorkMs?: number;
  /**
   * How long a probe's ping query may take before we look closer: a server that answers Bolt's handshake
   * all the same is busy, not away (src/db/neo4jProbe.ts).
   */
  probeTimeoutMs?: number;
  /** How long the Bolt handshake may take before a Neo4j that does not answer queries counts as away. */
  handshakeTimeoutMs?: number;
  /** Pause between probes while Neo4j is away; recovery is noticed at most this much (plus a probe) late. */
  probeIntervalMs?: number;
}

const DEFAULTS: Required<AvailabilityOptions> = {
  slowWorkMs: 500,
  probeTimeoutMs: 1000,
  handshakeTimeoutMs: HANDSHAKE_TIMEOUT_MS,
  probeIntervalMs: 500,
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
 * - work that fails because the server is unreachable, or that is still unanswered after `slowWorkMs`,
 *   makes us probe Neo4j (src/db/neo4jProbe.ts); only a probe that finds it away (refused,
 *   or silent even to Bolt's handshake) marks it away;
 * - from then on every request is refused at once with SERVICE_UNAVAILABLE (no queue, no pile-up), and
 *   work already waiting is let go with the same error;
 * - a probe every `probeIntervalMs` notices the server's return, and requests flow again, with the same
 *   driver: no restart.
 *
 * A busy server is left alone: slow queries, a saturated CPU or our own pool waiting for a connection make
 * the ping query slow, but the process still answers the handshake, so nothing is refused. Refusing then
 * would turn one heavy client into an outage for everyone; the transaction timeout bounds the slow work
 * instead.
 */
export class DatabaseAvailability {
  private readonly options: Required<AvailabilityOptions>;
  private readonly probe: Neo4jProbe;
  private outage: Outage | undefined;
  /** Set while probes find Neo4j alive but slow: logged once per such spell. */
  private busySince: number | undefined;
  /**
   * How to let go of each piece of work still waiting, when Neo4j is marked away. One rejecter per piece,
   * dropped when it ends: racing every query against one long-lived promise instead would pile a
   * reaction onto that promise per query, never released (a leak growing with traffic).
   */
  private readonly waiting = new Set<(error: Error) => void>();
  private probing: Promise<void> | undefined;
  private probeTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** When a probe last found Neo4j there, answering or busy (performance.now()). */
  private lastAnswer = -Infinity;
  private readonly removeGuard: () => void;

  constructor(
    private readonly db: Database,
    private readonly log: Logger,
    options: AvailabilityOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.probe = new Neo4jProbe(db);
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
    const watch = setInterval(() => void this.look(), this.options.slowWorkMs);
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
      // The failure says "unreachable"; a probe says whether Neo4j is gone or only our pool is exhausted.
      if (isDatabaseUnavailable(error) && !this.outage) await this.look(true);
      throw error;
    } finally {
      this.waiting.delete(giveUp);
      clearInterval(watch);
    }
  };

  /**
   * One probe at a time, callers arriving during a probe share its outcome; while Neo4j answers, at most
   * one probe per `slowWorkMs` however many slow queries ask for one (`force`: a failure asks, not a wait).
   */
  private look(force = false): Promise<void> {
    if (this.stopped) return Promise.resolve();
    const recent = performance.now() - this.lastAnswer < this.options.slowWorkMs;
    if (!this.probing && !this.outage && recent && !force) return Promise.resolve();
    const timeouts = { queryMs: this.options.probeTimeoutMs, handshakeMs: this.options.handshakeTimeoutMs };
    this.probing ??= (this.outage ? this.probe.recheck(timeouts) : this.probe.check(timeouts))
      .then(
        (found) => (found.state === 'away' ? this.markDown(found.reason) : this.markThere(found.state)),
        (error: unknown) => this.markDown(error instanceof Error ? error.message : String(error)),
      )
      .finally(() => {
        this.probing = undefined;
      });
    return this.probing;
  }

  private markDown(reason: string): void {
    if (this.outage || this.stopped) return;
    this.busySince = undefined;
    this.outage = { since: Date.now(), reason };
    this.log.warn({ reason }, 'Neo4j is unavailable: refusing database work until it answers again');
    const refusal = this.unavailable();
    for (const giveUp of this.waiting) giveUp(refusal);
    this.waiting.clear();
    this.scheduleProbe();
  }

  private markThere(state: 'answers' | 'busy'): void {
    this.lastAnswer = performance.now();
    if (state === 'busy' && this.busySince === undefined) {
      this.busySince = Date.now();
      this.log.warn(
        'Neo4j is slow to answer but alive (it answers the Bolt handshake): busy, not away; requests still go to it',
      );
    } else if (state === 'answers' && this.busySince !== undefined) {
      this.log.info({ busyMs: Date.now() - this.busySince }, 'Neo4j answers promptly again');
      this.busySince = undefined;
    }
    if (!this.outage) return;
    const downMs = Date.now() - this.outage.since;
    this.outage = undefined;
    this.log.info({ downMs }, 'Neo4j answers again');
  }

  private scheduleProbe(): void {
    if (this.stopped || !this.outage) return;
    this.probeTimer = setTimeout(() => {
      void this.look().then(() => this.scheduleProbe());
    }, this.options.probeIntervalMs);
    this.probeTimer.unref();
  }
}
