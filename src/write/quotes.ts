import type { ManagedTransaction } from 'neo4j-driver';
import { normalizeQuote } from '../ingest/quotes.js';
import { articleQuoteTexts } from './queries.js';
import { badInput } from './validate.js';

/**
 * The write model's rule for quotes (src/ingest/validate.ts), for articles already in the graph: a quote must be in
 * the text of the article carrying it, whenever the graph holds that text.
 */
export async function checkQuotes(
  tx: ManagedTransaction,
  attributions: { carriedBy: string; quote?: string | null }[],
) {
  const texts = await articleQuoteTexts(
    tx,
    attributions.filter((a) => a.quote).map((a) => a.carriedBy),
  );
  const problems = attributions.flatMap((a, i) => {
    const text = texts.get(a.carriedBy);
    return a.quote && text !== undefined && !text.includes(normalizeQuote(a.quote))
      ? [
          {
            field: `input.attributions[${i}].quote`,
            message: `this quote is not in the text of ${a.carriedBy}`,
          },
        ]
      : [];
  });
  if (problems.length) throw badInput(problems);
}
