/**
 * `npm run generate -- --statements N [--seed S] [--reset --yes]`: writes a synthetic graph shaped like
 * the real one (src/generate) into the database the seed would use: NEO4J_URI, or the project's own.
 */
import 'dotenv/config';
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import { runCli } from '../src/cli/run.js';
import { UsageError } from '../src/cli/usage.js';
import { loadConfig } from '../src/config/env.js';
import { Database } from '../src/db/database.js';
import { migrate } from '../src/migrate.js';
import {
  generatedGraphOf,
  generateGraph,
  GenerateRefusedError,
  holdsData,
  wipeDatabase,
} from '../src/generate/load.js';
import { checkOptions, GenerateOptionsError, MAX_STATEMENTS, MIN_STATEMENTS } from '../src/generate/world.js';
import { resolveNeo4j } from '../src/localNeo4j/resolve.js';

const USAGE = `Usage: npm run generate -- --statements N [--seed S] [--reset --yes]

  --statements N  how many statements to generate: ${MIN_STATEMENTS.toLocaleString('en')} to ${MAX_STATEMENTS.toLocaleString('en')}
  --seed S        the random seed (default 1): the same N and seed give the same graph, ids included
  --reset         delete everything in the database first (needs --yes)
  --yes           confirm --reset
  --help          this text

Writes into NEO4J_URI, or the project's own Neo4j (NEO4J_LOCAL_DATA_DIR, NEO4J_LOCAL_BOLT_PORT,
NEO4J_LOCAL_HEAP, NEO4J_LOCAL_PAGECACHE). The database must be empty, unless --reset --yes is given.`;

const whole = (flag: string, value: string | undefined): number => {
  if (value === undefined || !/^\d+$/.test(value.replace(/_/g, ''))) {
    throw new UsageError(`${flag} must be a whole number, not ${JSON.stringify(value ?? '')}\n\n${USAGE}`);
  }
  return Number(value.replace(/_/g, ''));
};

function parseCommandLine(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        statements: { type: 'string' },
        seed: { type: 'string', default: '1' },
        reset: { type: 'boolean', default: false },
        yes: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (values.help) return { help: true as const };
  if (values.statements === undefined) throw new UsageError(`--statements is required\n\n${USAGE}`);
  const options = {
    statements: whole('--statements', values.statements),
    seed: whole('--seed', values.seed),
  };
  try {
    checkOptions(options);
  } catch (error) {
    if (error instanceof GenerateOptionsError) throw new UsageError(`${error.message}\n\n${USAGE}`);
    throw error;
  }
  if (values.reset && !values.yes) {
    throw new UsageError(
      '--reset deletes everything in the database: add --yes to confirm. Nothing was changed.',
    );
  }
  if (values.yes && !values.reset) throw new UsageError('--yes confirms --reset, which was not given.');
  return { help: false as const, ...options, reset: values.reset };
}

/** A bar for a person at a terminal; a line every ten per cent for logs and pipes. */
function progress() {
  let bar: SingleBar | undefined;
  let shown = 0;
  // The rate counts from the first batch written: the entities and the world come before it.
  let first: { at: number; done: number } | undefined;
  const rate = (done: number) => {
    first ??= { at: performance.now(), done };
    const seconds = (performance.now() - first.at) / 1000;
    return seconds > 0 ? Math.round((done - first.done) / seconds) : 0;
  };
  const started = performance.now();
  return {
    update(done: number, total: number) {
      const perSecond = rate(done);
      if (process.stderr.isTTY) {
        if (!bar) {
          bar = new SingleBar(
            {
              format:
                'generating [{bar}] {percentage}% {value}/{total} statements, {rate}/s, eta {eta_formatted}',
            },
            Presets.shades_classic,
          );
          bar.start(total, 0, { rate: 0 });
        }
        bar.update(done, { rate: perSecond });
        return;
      }
      const tenth = Math.floor((done / total) * 10);
      if (tenth > shown) {
        shown = tenth;
        const seconds = (performance.now() - started) / 1000;
        console.error(
          `  ${tenth * 10}%: ${done.toLocaleString('en')} statements after ${seconds.toFixed(0)} s (${perSecond.toLocaleString('en')}/s)`,
        );
      }
    },
    stop: () => bar?.stop(),
  };
}

await runCli(async () => {
  const args = parseCommandLine(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  const target = await resolveNeo4j(config, (message) => console.error(message));
  // Loading takes minutes for millions of statements: the driver's patient defaults suit it.
  const db = new Database({ ...config.neo4j, uri: target.uri }, { patient: true });
  let bar: ReturnType<typeof progress> | undefined;
  try {
    await migrate(db);
    if (await holdsData(db)) {
      if (!args.reset) {
        const marker = await generatedGraphOf(db);
        const what = marker
          ? `the generated graph of ${marker.statements.toLocaleString('en')} statements, seed ${marker.seed}` +
            `${marker.complete ? '' : ' (incomplete: its generation stopped before the end)'}`
          : 'data';
        throw new GenerateRefusedError(
          `The database at ${target.uri} already holds ${what}. Nothing was changed. ` +
            'Add --reset --yes to delete everything in it first, or point NEO4J_URI (or NEO4J_LOCAL_DATA_DIR) to an empty one.',
        );
      }
      console.error(`Deleting everything in ${target.uri} (--reset)...`);
      const deleted = await wipeDatabase(db);
      console.error(`  ${deleted.toLocaleString('en')} nodes deleted`);
    }
    console.error(
      `Generating ${args.statements.toLocaleString('en')} statements (seed ${args.seed}) into ${target.uri}...`,
    );
    bar = progress();
    const report = await generateGraph(db, {
      statements: args.statements,
      seed: args.seed,
      onProgress: (done, total) => bar?.update(done, total),
    });
    bar.stop();
    console.log(
      `Generated ${report.statements.toLocaleString('en')} statements, ${report.attributions.toLocaleString('en')} attributions ` +
        `and ${report.entities.toLocaleString('en')} entities in ${report.seconds.toFixed(1)} s: ` +
        `${Math.round(report.statementsPerSecond).toLocaleString('en')} statements/s (seed ${args.seed})`,
    );
  } finally {
    bar?.stop();
    await db.close();
    await target.local?.stop();
  }
});
