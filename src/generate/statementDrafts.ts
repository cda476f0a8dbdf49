import type { StatementKind } from '../statement/kinds.js';
import type { SeedStatement } from '../ingest/schema.js';
import type { ResolvedAttribution, ResolvedStatement } from '../ingest/validate.js';
import { dateInput } from './days.js';
import type { DatePart } from './timeline.js';

/** A statement before it has an id and its attributions. */
export type Draft = Omit<SeedStatement, 'id' | 'attributions'>;

export const date = (part: DatePart | undefined) => (part ? dateInput(part.day, part.precision) : undefined);

/** Numbers the statements of each kind in the order they are written: stmt:<kind>-<n>. */
export class StatementIds {
  private readonly counters = new Map<string, number>();

  private id(kind: StatementKind): string {
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    return `stmt:${kind.replace('_', '-')}-${n}`;
  }

  statement(draft: Draft, attributions: ResolvedAttribution[]): ResolvedStatement {
    const statement = { ...draft, id: this.id(draft.kind as StatementKind), attributions } as SeedStatement;
    return { statement, attributions };
  }
}
