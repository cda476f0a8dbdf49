import type { EntityLabel } from './labels.js';

/** An entity as the queries in this folder return it; the GraphQL entity types map to it. */
export interface EntityRow {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  description: string | null;
  kind: string | null;
  role: string | null;
}
