import type { StatementRow } from '../statement/rows.js';

/** What the GraphQL `Disagreement` type maps to. */
export interface DisagreementRow {
  kind: string;
  topic: string;
  related: string | null;
  statements: StatementRow[];
}
