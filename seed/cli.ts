/**
 * `npm run seed -- [paths…] [--dry-run] [--reset --yes]`: loads seed files (default: all of seed/).
 * Everything is validated before anything is written; the load is one transaction.
 */
import 'dotenv/config';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { runCli } from '../src/cli/run.js';
import { loadConfig } from '../src/config/env.js';
import { Database } from '../src/db/database.js';
import { migrate } from '../src/migrate.js';
import { resolveNeo4j } from '../src/localNeo4j/resolve.js';
import { runSeed } from '../src/seed/load.js';
import { SEED_DIR } from '../src/seed/sample.js';
import { summarize } from '../src/seed/summary.js';
import { UsageError } from '../src/cli/usage.js';

const USAGE = `Usage: npm run seed -- [paths…] [--dry-run] [--reset --yes]

  paths      seed files or folders (default: seed/)
  --dry-run  validate and show what would change; write nothing
  --reset    delete everything in the database first (needs --yes); in the same transaction as the load
  --yes      confirm --reset
  --help     this text`;

/** Shown when the input is large enough for the wait to be noticed, and only to a person at a terminal. */
const PROGRESS_THRESHOLD = 5000;

function parseCommandLine(argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        reset: { type: 'boolean', default: false },
        yes: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
    return { ...values, paths: positionals.length ? positionals : [SEED_DIR] };
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
}

await runCli(async () => {
  const args = parseCommandLine(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return;
  }
  if (args.reset && !args.yes) {
    throw new UsageError(
      '--reset deletes everything in the database: add --yes to confirm. Nothing was changed.',
    );
  }
  if (args.yes && !args.reset) throw new UsageError('--yes confirms --reset, which was not given.');

  const config = loadConfig();
  const target = await resolveNeo4j(config, (message) => console.error(message));
  // The seed may take minutes on a large input: the driver's patient defaults suit it, unlike the API's.
  const db = new Database({ ...config.neo4j, uri: target.uri }, { patient: true });
  let bar: SingleBar | undefined;
  try {
    await migrate(db);
    const report = await runSeed(db, {
      paths: args.paths,
      dryRun: args['dry-run'],
      reset: args.reset,
      onProgress: (done, total) => {
        if (total < PROGRESS_THRESHOLD || !process.stderr.isTTY) return;
        if (!bar) {
          bar = new SingleBar(
            { format: 'seeding [{bar}] {percentage}% {value}/{total} rows' },
            Presets.shades_classic,
          );
          bar.start(total, 0);
        }
        bar.update(done);
      },
    });
    bar?.stop();
    console.log(summarize(report));
  } finally {
    bar?.stop();
    await db.close();
    await target.local?.stop();
  }
});
