/** The floor's queries by route key (POST /q/<key>); bench/floorServer.ts serves them. */
import { CONNECTIONS } from './connections.js';
import { CONTROL_HISTORY } from './controlHistory.js';
import { DISAGREEMENTS } from './disagreements.js';
import { NESTED } from './nested.js';
import { SEARCH } from './search.js';
import type { FloorQuery } from './shared.js';
import { STATEMENTS_BY_REPORTER } from './statements.js';
import { WHO_CONTROLS } from './whoControls.js';

export const FLOOR_QUERIES: Record<string, FloorQuery> = {
  search: SEARCH,
  whoControls: WHO_CONTROLS,
  controlHistory: CONTROL_HISTORY,
  statements: STATEMENTS_BY_REPORTER,
  disagreements: DISAGREEMENTS,
  connections: CONNECTIONS,
  nested: NESTED,
};
