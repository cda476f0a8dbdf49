import type { ManagedTransaction } from 'neo4j-driver';
import { inject } from 'vitest';
import { Database, type Work } from '../../src/db/database.js';

/** The suite's Neo4j, remembering the text of every query read through it. */
export class RecordingDatabase extends Database {
  readonly sent: string[] = [];

  constructor() {
    super(inject('neo4j'));
  }

  override read<T>(work: Work<T>): Promise<T> {
    return super.read((tx) =>
      work({
        run: (query: string, parameters?: Record<string, unknown>) => {
          this.sent.push(query);
          return tx.run(query, parameters);
        },
      } as ManagedTransaction),
    );
  }
}
