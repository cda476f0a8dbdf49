import type { Database } from '../db/database.js';
import { migrate } from '../migrate.js';
import { planSeed } from '../ingest/plan.js';
import { holdsNoRows } from '../ingest/lookupQueries.js';
import { createEntities, createStatements } from '../ingest/createQueries.js';
import type { ResolvedStatement } from '../ingest/validate.js';
import { GenerateRefusedError } from './errors.js';
import {
  countNodesCypher,
  deleteNodesCypher,
  deleteRelationshipsCypher,
  dropSearchIndexCypher,
  generatedGraphCypher,
  holdsDataCypher,
  markGeneratedGraphCypher,
} from './queries.js';
import { StatementWriter } from './statements.js';
import { buildWorld, entityCount, entityPhases, GENERATOR_VERSION, type World } from './world.js';
import { writeInTurns } from './writers.js';

export { GenerateRefusedError };

/**
 * Writes a generated world into Neo4j through the seed's own write path: rows built by planSeed, written
 * by the seed's create-only UNWIND queries, in many transactions of a thousand statements each, the
 * next batch generated while the last one is written. Memory stays bounded whatever N is.
 */

export interface GenerateOptions {
  statements: number;
  seed: number;
  onProgress?: (done: number, total: number) => void;
}

export interface GenerateReport {
  entities: number;
  statements: number;
  attributions: number;
  seconds: number;
  statementsPerSecond: number;
}

/** What a generated graph records about itself: `(:GeneratedGraph)`, one node. */
export interface GeneratedGraph {
  statements: number;
  seed: number;
  generatorVersion: number;
  entities: number;
  attributions: number;
  /** False while it is being written, or when the run stopped before the end. */
  complete: boolean;
}

/**
 * Statements per transaction. Measured on a 2-core machine: Neo4j spends about 140 µs of CPU per statement
 * (with its attributions) in transactions of 1,000, 160 µs at 2,500, 175-220 µs at 5,000 and 240 µs at
 * 10,000: a large transaction's state outlives young garbage collections and is copied by each.
 */
export const STATEMENT_BATCH = 1000;
/**
 * Write transactions in flight at once. A transaction runs on one Neo4j worker thread, and Neo4j spends
 * more than twice the generator's CPU on a statement, so a second one puts Neo4j on both cores of a
 * 2-core machine: 3,775 to 6,365 statements/s at 200,000 statements, no deadlock retried (the two share
 * the busy outlets and articles, which Neo4j 5 links side by side). A third added nothing.
 */
const WRITERS = 2;
const ENTITY_BATCH = 2000;

function* chunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

/** The marker of the graph in the database, if it was generated. */
export async function generatedGraphOf(db: Database): Promise<GeneratedGraph | null> {
  const result = await db.read((tx) => tx.run(generatedGraphCypher));
  const g = result.records[0]?.get('g') as GeneratedGraph | undefined;
  return g ? { ...g, complete: g.complete === true } : null;
}

/** Whether the database holds anything at all (entities, statements, audit entries, a marker ...). */
export async function holdsData(db: Database): Promise<boolean> {
  const result = await db.read((tx) => tx.run(holdsDataCypher));
  return result.records[0]?.get('any') === true;
}

/**
 * Deletes everything, relationships first, in transactions of some thousands each, so a graph of
 * millions goes without one huge transaction (and without deleting an outlet's hundred thousand
 * relationships in one go). Indexes and constraints stay. Returns how many nodes were deleted.
 */
export async function wipeDatabase(db: Database): Promise<number> {
  // Deleting in batches of transactions needs an auto-commit transaction, which Database's managed ones
  // are not.
  const session = db.driver.session({ database: db.name });
  try {
    const nodes = await session.run(countNodesCypher);
    await session.run(deleteRelationshipsCypher);
    await session.run(deleteNodesCypher);
    return Number(nodes.records[0]?.get('n') ?? 0);
  } finally {
    await session.close();
  }
}

async function mark(db: Database, world: World, entities: number, attributions: number, complete: boolean) {
  await db.write((tx) =>
    tx.run(markGeneratedGraphCypher, {
      seed: world.options.seed,
      statements: world.options.statements,
      version: GENERATOR_VERSION,
      entities,
      attributions,
      complete,
    }),
  );
}

/**
 * Runs `write` with the full-text index of names dropped, and makes it again afterwards (the migrations,
 * which wait until it is online), even when `write` fails. Neo4j keeps that index up to date inside each
 * write transaction: for the 178,026 entities of the generated million, 30 s with it and 15 s without,
 * and 2 s to build it afterwards from the nodes. For an empty database only: a search meanwhile would fail.
 */
export async function withoutSearchIndex(db: Database, write: () => Promise<void>): Promise<void> {
  await db.write((tx) => tx.run(dropSearchIndexCypher));
  try {
    await write();
  } catch (error) {
    // The writing's failure is the news (a database gone away fails the migrations too): the next start's
    // migrations make the index if these cannot.
    await migrate(db).catch(() => undefined);
    throw error;
  }
  await migrate(db);
}

/**
 * Generates the graph of `statements` statements for `seed` into an empty database (throws
 * GenerateRefusedError otherwise: wipe it first with wipeDatabase). Applies the migrations first, so the
 * id constraints the writes look entities up by are there.
 */
export async function generateGraph(db: Database, options: GenerateOptions): Promise<GenerateReport> {
  const started = performance.now();
  const world = buildWorld({ statements: options.statements, seed: options.seed });
  await migrate(db);
  if (!(await db.read((tx) => holdsNoRows(tx))) || (await generatedGraphOf(db))) {
    throw new GenerateRefusedError(
      'the database already holds entities, statements or a generated graph: generate into an empty one',
    );
  }
  const entities = entityCount(world);
  await mark(db, world, entities, 0, false);

  const nodes = new Map<string, string>();
  await withoutSearchIndex(db, async () => {
    // The articles only once the outlets and places they name are written: those may go side by side.
    for (const phase of entityPhases(world)) {
      await writeInTurns(chunks(phase, ENTITY_BATCH), WRITERS, async (batch) => {
        const rows = planSeed({ entities: batch, statements: [] }).entities;
        for (const [id, node] of await db.write((tx) => createEntities(tx, rows))) nodes.set(id, node);
      });
    }
  });

  // The next batch is generated while Neo4j writes the last ones.
  const total = world.options.statements;
  let done = 0;
  let attributions = 0;
  const writer = new StatementWriter(world);
  await writeInTurns(chunks<ResolvedStatement>(writer.all(), STATEMENT_BATCH), WRITERS, async (batch) => {
    const rows = planSeed({ entities: [], statements: batch }).statements;
    const created = await db.write((tx) => createStatements(tx, rows, nodes));
    done += created.statements;
    attributions += created.attributions;
    options.onProgress?.(done, total);
  });
  if (done !== total) throw new Error(`generated ${done} statements where ${total} were planned`);
  await mark(db, world, entities, attributions, true);

  const seconds = (performance.now() - started) / 1000;
  return {
    entities,
    statements: done,
    attributions,
    seconds,
    statementsPerSecond: done / seconds,
  };
}
