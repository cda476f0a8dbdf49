import type { Database } from '../db/database.js';
import type { EntityRow } from '../entity/rows.js';
import { batchLoader, perArguments } from '../loaders/kit.js';
import type { Page } from '../statement/queries.js';
import type { StatementRow } from '../statement/rows.js';
import { countsOfEvents, linkPages, type LinkName } from './queries.js';
import type { LinkRow } from './rows.js';

const NO_LINKS: Page<LinkRow> = { total: 0, page: [] };

/** `primeEntity` receives the linked entities read with a page of links, for entityById. */
export function relationLoaders(db: Database, primeEntity: (row: EntityRow) => void) {
  return {
    /** One page of linked entities by parent, one loader per link and page. */
    linkPage: perArguments(
      (link: LinkName, skip: number, limit: number) => `${link}:${skip}:${limit}`,
      (link, skip, limit) =>
        batchLoader<string, Page<LinkRow>>(async (parents) => {
          const pages = await db.read((tx) => linkPages(tx, link, parents, skip, limit));
          for (const { page } of pages.values()) for (const { row } of page) primeEntity(row);
          return pages;
        }, NO_LINKS),
    ),
    /** The count statements of events, with or without those of their parts. */
    eventCounts: perArguments(
      (includeParts: boolean) => String(includeParts),
      (includeParts) =>
        batchLoader<string, StatementRow[]>(
          (events) => db.read((tx) => countsOfEvents(tx, events, includeParts)),
          [],
        ),
    ),
  };
}
