/** What the GraphQL `PathStep` type maps to: ids, resolved through the loaders. */
export interface PathStepRow {
  from: string;
  statement: string;
  to: string;
}

/** What the GraphQL `Path` type maps to. */
export interface PathRow {
  steps: PathStepRow[];
}
