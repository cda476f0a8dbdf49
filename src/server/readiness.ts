import type { Database } from '../db/database.js';

export interface ReadinessReport {
  ready: boolean;
  reason?: string;
}

const PING_TIMEOUT_MS = 1500;

/** Ready means: migrations have run in this process and Neo4j answers a query now. */
export class Readiness {
  private migrated = false;

  constructor(private readonly db: Database) {}

  markMigrated(): void {
    this.migrated = true;
  }

  async check(): Promise<ReadinessReport> {
    if (!this.migrated) return { ready: false, reason: 'migrations have not finished yet' };
    try {
      await this.db.ping(PING_TIMEOUT_MS);
      return { ready: true };
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return { ready: false, reason: `Neo4j does not answer: ${detail}` };
    }
  }
}
