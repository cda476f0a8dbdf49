import type { StatementFilter } from '../../src/statement/queries.js';

/** Statements filtered on nothing: every kind, subject, reporter and date, retracted ones left out. */
export const NO_FILTER: StatementFilter = {
  kind: null,
  about: null,
  reportedBy: null,
  from: null,
  to: null,
  includeRetracted: false,
};
