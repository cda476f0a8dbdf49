import type { EntityRow } from '../entity/rows.js';
import type { StatementRow } from '../statement/rows.js';

/** An entity linked to another by statements of one kind: a child place, an agreement, a party. */
export interface LinkRow {
  entity: string;
  /** The linked entity itself, read with the link. */
  row: EntityRow;
  statements: StatementRow[];
}

/** What the edges of link connections (`PlaceEdge`, `AgreementEdge`) map to. */
export interface LinkEdgeRow extends LinkRow {
  cursor: string;
}
