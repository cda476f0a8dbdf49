import type { Database } from '../db/database.js';
import { HANDSHAKE_TIMEOUT_MS, Neo4jProbe } from '../observability/neo4jProbe.js';

export interface ReadinessReport {
  ready: boolean;
  reason?: string;
}

const QUERY_TIMEOUT_MS = 1500;

/**
 * Ready means: migrations have run in this process and Neo4j is there now. A Neo4j that is slow to answer
 * a query but answers Bolt's handshake is busy, not gone (src/observability/neo4jProbe.ts): still ready,
 * as the circuit breaker still sends it requests; taking the instance out of a load balancer for its
 * database's load would only move that load elsewhere or nowhere.
 */
export class Readiness {
  private migrated = false;
  private readonly probe: Neo4jProbe;

  constructor(db: Database) {
    this.probe = new Neo4jProbe(db);
  }

  markMigrated(): void {
    this.migrated = true;
  }

  async check(): Promise<ReadinessReport> {
    if (!this.migrated) return { ready: false, reason: 'migrations have not finished yet' };
    const found = await this.probe.check({ queryMs: QUERY_TIMEOUT_MS, handshakeMs: HANDSHAKE_TIMEOUT_MS });
    if (found.state !== 'away') return { ready: true };
    return { ready: false, reason: `Neo4j does not answer: ${found.reason}` };
  }
}
