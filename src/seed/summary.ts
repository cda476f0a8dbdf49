import type { SeedReport } from './load.js';

/** The summary printed after a run: one line per node type, created / updated / unchanged. */
export function summarize(report: SeedReport): string {
  const verb = report.dryRun ? 'would be ' : '';
  const lines = [
    `${report.dryRun ? 'Dry run (nothing written)' : 'Seeded'}: ${report.files.length} file${report.files.length === 1 ? '' : 's'}`,
  ];
  if (report.reset) lines.push(`  reset: ${report.wiped} nodes ${verb}deleted first`);
  const rows = Object.entries(report.nodes).sort(([a], [b]) =>
    a === 'Statement' ? 1 : b === 'Statement' ? -1 : a.localeCompare(b),
  );
  const width = Math.max(12, ...rows.map(([label]) => label.length));
  for (const [label, t] of rows) {
    lines.push(
      `  ${label.padEnd(width)} ${t.created} ${verb}created, ${t.updated} ${verb}updated, ${t.unchanged} unchanged`,
    );
  }
  const a = report.attributions;
  lines.push(
    `  ${'Attribution'.padEnd(width)} ${a.created} ${verb}created, ${a.removed} ${verb}removed, ${a.unchanged} unchanged`,
  );
  return lines.join('\n');
}
