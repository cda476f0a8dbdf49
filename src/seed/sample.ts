import type { Database } from '../db/database.js';
import type { Logger } from '../logging/logger.js';
import { SEED_DIR } from './files.js';
import { runSeed } from './load.js';
import { databaseIsEmptyCypher } from './sampleQueries.js';
import { summarize } from './summary.js';

export { SEED_DIR } from './files.js';

/** `npm start` on an empty database loads seed/, so a newcomer has something to ask about. */
export async function loadSampleDataIfEmpty(db: Database, log: Logger): Promise<void> {
  const empty = await db.read(async (tx) => {
    const result = await tx.run(databaseIsEmptyCypher);
    return result.records[0]?.get('empty') === true;
  });
  if (!empty) return;
  const report = await runSeed(db, { paths: [SEED_DIR] });
  log.info(
    { files: report.files.length },
    `the database was empty: loaded the sample data from seed/\n${summarize(report)}`,
  );
}
