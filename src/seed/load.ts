import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import type { EntityTypeName } from '../entity/labels.js';
import { syncSources } from '../statement/sources.js';
import { collectSeedFiles } from './files.js';
import { entityTypesIn, holdsNoRows, linksIn } from '../ingest/lookupQueries.js';
import { parseSeedFile } from './parse.js';
import { planSeed, type SeedPlan } from '../ingest/plan.js';
import { SeedTooLargeError, SeedValidationError, type Problem } from '../ingest/problems.js';
import { createEntities, createStatements } from '../ingest/createQueries.js';
import {
  createAttributions,
  removeStaleAttributions,
  upsertEntities,
  upsertStatements,
  wipeGraphCypher,
} from '../ingest/upsertQueries.js';
import { validateSeed } from '../ingest/validate.js';
import { readArticleTexts } from './textFile.js';

export interface SeedOptions {
  paths: string[];
  dryRun?: boolean;
  /** Wipe the database first, in the same transaction as the load. */
  reset?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface Tally {
  created: number;
  updated: number;
  unchanged: number;
}

export interface SeedReport {
  files: string[];
  dryRun: boolean;
  reset: boolean;
  /** Nodes deleted by --reset. */
  wiped: number;
  /** Per entity label (Place, Faction, ...) and Statement. */
  nodes: Record<string, Tally>;
  attributions: { created: number; removed: number; unchanged: number };
}

const BATCH = 1000;

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

/** Parses and validates every file; throws SeedValidationError listing all problems. */
export async function prepareSeed(
  db: Database,
  paths: string[],
  reset: boolean,
): Promise<{ files: string[]; plan: SeedPlan }> {
  const { files, refused } = await collectSeedFiles(paths);
  const problems: Problem[] = refused.map(({ input, reason }) => ({
    code: 'UNREADABLE',
    file: input,
    line: 0,
    path: '',
    message: reason,
  }));
  if (files.length === 0 && refused.length === 0) {
    problems.push({
      code: 'UNREADABLE',
      file: paths.join(' '),
      line: 0,
      path: '',
      message: 'no .yaml seed files found there',
    });
  }
  const parsed = await Promise.all(files.map(parseSeedFile));
  problems.push(...parsed.flatMap((p) => p.problems));
  const readable = parsed.filter((p) => p.content);

  // After --reset nothing that is in the database now will be there to refer to.
  const lookup = async (ids: string[]) => {
    if (reset) return new Map<string, EntityTypeName>();
    return db.read((tx) => entityTypesIn(tx)(ids));
  };
  const links = async (ids: string[]) => (reset ? [] : db.read((tx) => linksIn(tx)(ids)));
  const { problems: crossFile, plan } = await validateSeed(readable, {
    existing: lookup,
    links,
    articleTexts: readArticleTexts,
  });
  // An id that seems unknown may be defined in a file that could not be read: report those once it can.
  const unreadable = readable.length < parsed.length;
  problems.push(...crossFile.filter((p) => !(unreadable && p.code === 'UNKNOWN_ID')));
  if (problems.length) throw new SeedValidationError(problems);
  return { files: parsed.map((p) => p.file), plan: planSeed(plan) };
}

async function write(tx: ManagedTransaction, plan: SeedPlan, options: SeedOptions, report: SeedReport) {
  const total = plan.entities.length + plan.statements.length * 2;
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done, total);
  };
  if (options.reset) {
    const result = await tx.run(wipeGraphCypher);
    report.wiped = result.summary.counters.updates().nodesDeleted;
  }

  const tally = (key: string) => (report.nodes[key] ??= { created: 0, updated: 0, unchanged: 0 });
  if (options.reset || (await holdsNoRows(tx))) {
    // Nothing to compare with: every row is new, and the create-only queries skip the lookups.
    // Articles last, so the outlets and places they name exist when they are linked.
    const entities = [...plan.entities].sort(
      (a, b) => Number(!!(a.publisher ?? a.dateline)) - Number(!!(b.publisher ?? b.dateline)),
    );
    const nodes = new Map<string, string>();
    for (const batch of batches(entities)) {
      for (const [id, node] of await createEntities(tx, batch)) nodes.set(id, node);
      for (const row of batch) tally(row.label).created++;
      progress(batch.length);
    }
    const statements = tally('Statement');
    for (const batch of batches(plan.statements)) {
      const created = await createStatements(tx, batch, nodes);
      statements.created += created.statements;
      report.attributions.created += created.attributions;
      progress(batch.length * 2);
    }
    return;
  }
  for (const row of plan.entities) tally(row.label).unchanged++;
  for (const batch of batches(plan.entities)) {
    for (const { label, created } of await upsertEntities(tx, batch)) {
      tally(label).unchanged--;
      tally(label)[created ? 'created' : 'updated']++;
    }
    progress(batch.length);
  }

  const statements = tally('Statement');
  statements.unchanged += plan.statements.length;
  const changed = new Set<string>();
  for (const batch of batches(plan.statements)) {
    for (const { id, created } of await upsertStatements(tx, batch)) {
      changed.add(id);
      statements.unchanged--;
      statements[created ? 'created' : 'updated']++;
    }
    progress(batch.length);
  }

  // Attributions are immutable: an edited one is a new id; the old one is removed.
  const touched = plan.statements.filter((s) => changed.has(s.id));
  const allAttributions = plan.statements.reduce((n, s) => n + s.attributions.length, 0);
  for (const batch of batches(touched)) {
    report.attributions.removed += await removeStaleAttributions(
      tx,
      batch.map((s) => ({ statement: s.id, keep: s.attributions.map((a) => a.id) })),
    );
    report.attributions.created += await createAttributions(
      tx,
      batch.flatMap((s) => s.attributions),
    );
    await syncSources(
      tx,
      batch.map((s) => s.id),
    );
    progress(batch.length);
  }
  progress(plan.statements.length - touched.length);
  report.attributions.unchanged = allAttributions - report.attributions.created;
}

/**
 * Loads seed files: all validated before anything is written, then written in one transaction (all or
 * nothing). A dry run performs the very same writes and rolls them back, so its summary is exact.
 */
export async function runSeed(db: Database, options: SeedOptions): Promise<SeedReport> {
  const { files, plan } = await prepareSeed(db, options.paths, options.reset ?? false);
  const report: SeedReport = {
    files,
    dryRun: options.dryRun ?? false,
    reset: options.reset ?? false,
    wiped: 0,
    nodes: {},
    attributions: { created: 0, removed: 0, unchanged: 0 },
  };
  const work = (tx: ManagedTransaction) => write(tx, plan, options, report);
  try {
    if (options.dryRun) await db.writeThenRollBack(work);
    else await db.write(work);
  } catch (error) {
    if (
      error instanceof Error &&
      /dbms\.memory\.transaction\.total\.max|MemoryPoolOutOfMemory/.test(
        `${error.message} ${(error as { code?: string }).code}`,
      )
    ) {
      throw new SeedTooLargeError(plan.statements.length, error.message);
    }
    throw error;
  }
  return report;
}
