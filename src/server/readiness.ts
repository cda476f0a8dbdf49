import type { Database } from '../db/database.js';
import { HANDSHAKE_TIMEOUT_MS, Neo4jProbe } from '../db/neo4jProbe.js';

/** What `npm start` is doing before it is ready, in the order it does it (src/server/service.ts). */
export type StartupStage =
  | 'fetching Neo4j'
  | 'starting Neo4j'
  | 'connecting to Neo4j'
  | 'migrations'
  | 'loading sample data'
  | 'warming';

export type ReadinessReport =
  | { ready: true }
  | { ready: false; starting: true; stage: StartupStage }
  | { ready: false; starting: false; reason: string };

const QUERY_TIMEOUT_MS = 1500;

/**
 * Ready means: start-up (migrations, sample data, warm-up) has finished in this process and Neo4j is
 * there now. Until then the server already listens and says which stage it is in, so a person or a
 * load balancer sees progress instead of a refused connection.
 *
 * A Neo4j that is slow to answer a query but answers Bolt's handshake is busy, not gone
 * (src/db/neo4jProbe.ts): still ready, as the circuit breaker still sends it requests; taking
 * the instance out of a load balancer for its database's load would only move that load elsewhere or
 * nowhere.
 */
export class Readiness {
  private stage: StartupStage | undefined = 'migrations';
  private readonly probe: Neo4jProbe;

  constructor(db: Database) {
    this.probe = new Neo4jProbe(db);
  }

  enter(stage: StartupStage): void {
    this.stage = stage;
  }

  /** Start-up is over: from now on readiness is whether Neo4j is there. */
  markStarted(): void {
    this.stage = undefined;
  }

  /** The same as markStarted, for servers built without start-up stages (the tests' apps). */
  markMigrated(): void {
    this.markStarted();
  }

  /** The stage start-up is in, or undefined once it has finished. */
  get startupStage(): StartupStage | undefined {
    return this.stage;
  }

  async check(): Promise<ReadinessReport> {
    if (this.stage) return { ready: false, starting: true, stage: this.stage };
    const found = await this.probe.check({ queryMs: QUERY_TIMEOUT_MS, handshakeMs: HANDSHAKE_TIMEOUT_MS });
    if (found.state !== 'away') return { ready: true };
    return { ready: false, starting: false, reason: `Neo4j does not answer: ${found.reason}` };
  }
}
