import { describe, expect, inject, it } from 'vitest';
import { markdown, type QueryResult } from '../../bench/report.js';
import { waitForIdleDatabase } from '../../bench/settle.js';
import { benchReportOf } from '../helpers/benchReport.js';
import { testDatabase } from '../helpers/database.js';

// At a million statements the peer may answer nothing within a run at 16 clients: the benchmark records
// that as the peer's result (and waits for Neo4j to finish the queries it left behind), it does not stop.

const latency = { p50_ms: 5, p95_ms: 9, p99_ms: 12, rps: 300, requests: 1500 };
const failed: QueryResult = {
  name: 'statements by reporter',
  ...latency,
  floor_p50_ms: 4,
  ratio_to_floor: 1.25,
  peer_rps: 0,
  ratio_to_peer: null,
  peer_failed: 'no response within 5 s',
  round_trips: 3,
  cpu_ms_per_request: 2.5,
  floor_cpu_ms_per_request: 1.5,
  depth: 6,
  concurrency: 16,
  c1: latency,
  floor_c1: latency,
  floor_cN: latency,
  ratio_to_floor_c1: 1,
  peer: { fidelity: 'same', note: 'statements filtered on a reporter' },
  peer_missing: null,
};

const reportOf = (queries: QueryResult[]) => benchReportOf(queries);

describe('a peer that fails under load', () => {
  it('is reported as failed, with why, and counts as beaten', () => {
    const slower = { ...failed, name: 'search (Latin)', peer_failed: null, peer_rps: 100, ratio_to_peer: 3 };
    const report = reportOf([slower, failed]);
    const target = report.targets.find((t) => t.target === 'rps ≥ 2 × peer')!;
    expect(target.met).toBe(true);
    expect(target.detail).toContain('statements by reporter: the peer failed (no response within 5 s)');
    const table = markdown(report);
    expect(table).toMatch(/\| statements by reporter \|.*\| failed† \| — \|/);
    expect(table).toContain('Its run at 16 clients failed: no response within 5 s.');

    const beaten = reportOf([{ ...slower, ratio_to_peer: 1.5 }, failed]).targets.find(
      (t) => t.target === 'rps ≥ 2 × peer',
    )!;
    expect(beaten.met).toBe(false);
  });

  it('waits until Neo4j has finished the queries left behind', async () => {
    const db = testDatabase();
    let finishedAt = 0;
    const slow = db
      .read((tx) => tx.run('UNWIND range(1, 30000000) AS x RETURN count(x) AS n'))
      .then(() => (finishedAt = performance.now()));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const neo4j = inject('neo4j');
    await waitForIdleDatabase(neo4j, () => undefined);
    const idleAt = performance.now();
    await slow;
    expect(finishedAt).toBeGreaterThan(0);
    expect(idleAt).toBeGreaterThanOrEqual(finishedAt - 50);
  }, 60_000);
});
