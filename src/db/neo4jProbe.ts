import { PingTimeoutError, type Database } from './database.js';
import { boltHandshakeAnswers, type BoltAddress } from './boltHandshake.js';

/**
 * What a probe found:
 * - `answers`: a query came back in time;
 * - `busy`: no answer to the query in time, but the process answers Bolt's handshake: it is working
 *   (queries holding its CPU or memory, garbage collection, our own pool waiting for a free connection),
 *   not gone;
 * - `away`: refused, reset, an error from Neo4j itself, or silence to the handshake too (a frozen process,
 *   a host that is gone).
 */
export type Neo4jState = { state: 'answers' } | { state: 'busy' } | { state: 'away'; reason: string };

export interface ProbeTimeouts {
  /** How long the ping query may take before the probe looks closer. */
  queryMs: number;
  /**
   * How long the handshake may take. Under heavy memory-hungry queries (6 at once on a 512 MB heap) the
   * handshake was measured answering in 2-250 ms, once in 1.2 s (garbage collection stops every thread);
   * a frozen process never answers. 1.5 s tells the two apart with room to spare.
   */
  handshakeMs: number;
}

export const HANDSHAKE_TIMEOUT_MS = 1500;

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);

const isPingTimeout = (error: unknown) => error instanceof PingTimeoutError;

/**
 * `ms` later, and one more turn of the event loop after that: when our own process was too busy to look
 * for a while, an answer that arrived in time is read before the timeout counts.
 */
const patientDelay = (ms: number) =>
  new Promise<'timed out'>((resolve) => setTimeout(() => setImmediate(() => resolve('timed out')), ms));

/**
 * Asks whether Neo4j is there, telling an overloaded server from an absent or frozen one (see `Neo4jState`):
 * used by the circuit breaker and by /readyz, so both judge alike.
 */
export class Neo4jProbe {
  private readonly address: BoltAddress | undefined;

  constructor(private readonly db: Database) {
    this.address = db.address;
  }

  /**
   * The ping query (src/db/probeQueries.ts), resolving 'timed out' if no answer within `ms` (the query
   * itself is left to finish).
   */
  private async query(ms: number): Promise<'timed out' | 'answered'> {
    // The ping's own bound is later than ours: ours decides, the ping's only frees its session.
    const answer = this.db.ping(ms * 4).then(() => 'answered' as const);
    const outcome = await Promise.race([answer, patientDelay(ms)]).catch((error: unknown) => {
      if (isPingTimeout(error)) return 'timed out' as const;
      throw error;
    });
    void answer.catch(() => undefined);
    return outcome;
  }

  /**
   * While Neo4j is believed up: the ping query, and the handshake at the same time, so that a query
   * without an answer is judged without a second wait.
   */
  async check({ queryMs, handshakeMs }: ProbeTimeouts): Promise<Neo4jState> {
    const handshake = this.address ? boltHandshakeAnswers(this.address, handshakeMs) : undefined;
    try {
      if ((await this.query(queryMs)) === 'answered') return { state: 'answers' };
      if (!handshake) return { state: 'away', reason: `no answer within ${queryMs} ms` };
      if (await handshake) return { state: 'busy' };
      return {
        state: 'away',
        reason: `no answer to a query within ${queryMs} ms nor to the Bolt handshake within ${handshakeMs} ms`,
      };
    } catch (error) {
      return { state: 'away', reason: firstLine(error) };
    }
  }

  /**
   * While Neo4j is believed away: the handshake first, and the query only once it answers. A frozen server
   * keeps every query's connection until it thaws, so querying it each time would leave one more pooled
   * connection stuck per probe; a handshake costs none.
   */
  async recheck({ queryMs, handshakeMs }: ProbeTimeouts): Promise<Neo4jState> {
    if (this.address && !(await boltHandshakeAnswers(this.address, handshakeMs))) {
      return { state: 'away', reason: `no answer to the Bolt handshake within ${handshakeMs} ms` };
    }
    try {
      if ((await this.query(queryMs)) === 'answered') return { state: 'answers' };
      // The process answered the handshake a moment ago: a query that is merely slow means busy.
      return this.address ? { state: 'busy' } : { state: 'away', reason: `no answer within ${queryMs} ms` };
    } catch (error) {
      return { state: 'away', reason: firstLine(error) };
    }
  }
}
