import { evaluateTargets, type LoadInfo, type QueryResult, type Report } from '../../bench/report.js';

/** A benchmark report of a 1M-statement run at 16 clients with these questions and loading figures. */
export function benchReportOf(queries: QueryResult[], load?: LoadInfo): Report {
  const partial: Omit<Report, 'targets'> = {
    generatedAt: new Date(0).toISOString(),
    settings: {
      statements: 1_000_000,
      seed: 1,
      durationSeconds: 5,
      warmupSeconds: 1,
      concurrency: 16,
      neo4j: 'test',
    },
    machine: {
      cpus: 2,
      cpuModel: 'test',
      memoryGb: 24,
      node: process.version,
      platform: 'test',
      loadAverage: { start: 0, end: 0 },
    },
    load: load ?? {
      reused: true,
      entities: 1,
      statements: 1,
      attributions: 1,
      seconds: 1,
      statementsPerSecond: 1,
    },
    api_rss_mb: 200,
    memory: {
      ours: { rss_mb: 200, peak_mb: 210 },
      floor: { rss_mb: 1, peak_mb: 1 },
      peer: { rss_mb: 1, peak_mb: 1 },
    },
    queries,
  };
  return { ...partial, targets: evaluateTargets(partial) };
}
