import os from 'node:os';
import { describe, expect, inject, it } from 'vitest';
import { prepareGraph } from '../../bench/database.js';
import { markdown, type LoadInfo } from '../../bench/report.js';
import { benchReportOf } from '../helpers/benchReport.js';

// The benchmark's loading figures: how fast the graph went in, and where the CPU went (Neo4j's process
// and the generator's), which bounds what this machine can load whatever the write path does.

const loadTarget = (load: LoadInfo) =>
  benchReportOf([], load).targets.find((t) => t.target === 'load ≥ 25,000 statements/s')!;

describe('the loading figures', () => {
  it("split the load's CPU between Neo4j and the generator, per statement, when Neo4j runs here", async () => {
    const neo4j = inject('neo4j');
    const load = await prepareGraph(
      neo4j,
      { statements: 2000, seed: 5, own: false, neo4jPid: neo4j.pid },
      () => undefined,
    );
    expect(load).toMatchObject({ reused: false, statements: 2000 });
    if (neo4j.pid === undefined) {
      // NEO4J_URI named the suite's server: its CPU cannot be read, and no split is made up.
      expect(load.cpu).toBeUndefined();
      return;
    }
    const cpu = load.cpu!;
    expect(cpu.neo4jUsPerStatement).toBeGreaterThan(0);
    expect(cpu.generatorUsPerStatement).toBeGreaterThan(0);
    expect(cpu.ceilingStatementsPerSecond).toBeCloseTo(
      (os.availableParallelism() * 1e6) / (cpu.neo4jUsPerStatement + cpu.generatorUsPerStatement),
      6,
    );
    // Neo4j did the writing: its share is no small part of what the load cost.
    expect(cpu.neo4jUsPerStatement).toBeGreaterThan(cpu.generatorUsPerStatement / 10);
  });

  it('are a target of their own, with the CPU split and the ceiling it sets', () => {
    const cpu = { neo4jUsPerStatement: 170, generatorUsPerStatement: 80, ceilingStatementsPerSecond: 8000 };
    const load: LoadInfo = {
      reused: false,
      entities: 178_026,
      statements: 1_000_000,
      attributions: 1_066_347,
      seconds: 160,
      statementsPerSecond: 6250,
      cpu,
    };
    const target = loadTarget(load);
    expect(target.met).toBe(false);
    expect(target.detail).toBe(
      '6,250 statements/s; Neo4j spent 170 µs of CPU per statement and the generator 80 µs, ' +
        "so this machine's cores load at most 8,000 statements/s this way",
    );
    expect(markdown(benchReportOf([], load))).toContain(
      '**Loading:** 1,000,000 statements, 178,026 entities and 1,066,347 attributions in 160.0 s: 6250 statements/s; Neo4j spent 170 µs',
    );
    expect(loadTarget({ ...load, statementsPerSecond: 25_000 }).met).toBe(true);
    const reused = loadTarget({ ...load, reused: true, cpu: undefined });
    expect(reused.detail).toBe('6,250 statements/s when the reused graph was generated');
    expect(loadTarget({ ...load, reused: true, statementsPerSecond: null, seconds: null }).met).toBeNull();
  });
});
