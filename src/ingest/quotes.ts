/**
 * Makes a quote comparable with the text it was copied from: editors retype curly quotes as straight
 * ones, join lines and change case at a sentence start, none of which changes what was said.
 */
export function normalizeQuote(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
