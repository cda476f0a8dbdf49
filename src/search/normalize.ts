/**
 * The one normalisation of names for search, used when an entity is written (its `searchText`) and when
 * a query is read, so both sides meet. It folds what varies between transliterations of the same Arabic
 * name and keeps what tells names apart.
 */

const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g; // short vowels, shadda, sukun, dagger alef, tatweel
const LATIN_ARTICLE = /(^|\s)(?:al|el|a|e|ad|ed|ash|esh|as|es|at|et|az|ez|an|en|ar|er|ath|adh|ul)-(?=\S)/g;
const SPACED_ARTICLE = /(^|\s)(?:al|el)\s+(?=\S)/g;
const ARABIC_ARTICLE = /(^|\s)(?:و?ال)(?=\S{2,})/g;

function foldArabic(text: string): string {
  return text
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(ARABIC_ARTICLE, '$1');
}

/** Spelling variants of romanised Arabic, folded to one form (order matters: digraphs first). */
function foldLatinWord(word: string): string {
  return word
    .replace(/dh/g, 'd')
    .replace(/q/g, 'k')
    .replace(/ou|oo/g, 'u')
    .replace(/o/g, 'u')
    .replace(/ei|ey|ay|ai/g, 'ai')
    .replace(/ee/g, 'i')
    .replace(/e/g, 'a')
    .replace(/(.)\1+/g, '$1')
    .replace(/([aiu])h$/, '$1');
}

/** One name (or a search query) in its comparable form: lower case, words separated by single spaces. */
export function normalizeName(text: string): string {
  const latin = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // Latin diacritics
    .normalize('NFC')
    .toLowerCase()
    .replace(/[ʿʾ'’‘`´]/g, '') // ayn and hamza marks, apostrophes
    .replace(LATIN_ARTICLE, '$1')
    .replace(SPACED_ARTICLE, '$1');
  return foldArabic(latin)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => (/^[a-z0-9]+$/.test(word) ? foldLatinWord(word) : word))
    .join(' ');
}

/** What the full-text index holds for an entity: each of its names, normalised, one per line. */
export function searchTextOf(name: string, aliases: readonly string[]): string {
  return [...new Set([name, ...aliases].map(normalizeName).filter(Boolean))].join('\n');
}
