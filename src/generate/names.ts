import { normalizeName } from '../search/normalize.js';
import type { Random } from './prng.js';

/**
 * Made-up Arabic names, with the spellings the real sources use for the same name: article prefixes
 * (al-, el-, a-, ar-, ash- ...), ou/oo/o for u, ei/ey/ai for ay, ee for i, e for a, doubled consonants,
 * -ah/-a/-eh endings, macrons and ayn marks, and the Arabic script with and without its article, with
 * short-vowel marks or a plain ه for the final ة. Every variant of a name folds to the same form under
 * src/search/normalize.ts, which is what makes search forgive transliteration; `variants` checks it.
 */

interface Sound {
  /** The spelling used in the name itself. */
  lat: string;
  /** Other spellings of the same sound that fold to the same normalised form. */
  alts: readonly string[];
  /** In Arabic script; short vowels are not written. */
  ar: string;
}

const s = (lat: string, ar: string, ...alts: string[]): Sound => ({ lat, alts, ar });

/** Sun letters take the article's l: ar-Raqqa, ash-Sham, ad-Dumayr. */
const SUN = new Set(['t', 'th', 'd', 'dh', 'r', 'z', 's', 'sh', 'n', 'l']);

const CONSONANTS: readonly Sound[] = [
  s('b', 'ب', 'bb'),
  s('t', 'ت', 'tt'),
  s('th', 'ث'),
  s('j', 'ج'),
  s('h', 'ح'),
  s('kh', 'خ'),
  s('d', 'د', 'dd'),
  s('dh', 'ذ', 'd'),
  s('r', 'ر', 'rr'),
  s('z', 'ز'),
  s('s', 'س', 'ss'),
  s('sh', 'ش'),
  s('f', 'ف', 'ff'),
  s('q', 'ق', 'k', 'qq'),
  s('k', 'ك'),
  s('l', 'ل', 'll'),
  s('m', 'م', 'mm'),
  s('n', 'ن', 'nn'),
  s('gh', 'غ'),
  s('w', 'و'),
  s('y', 'ي'),
];

const SHORT: readonly Sound[] = [s('a', '', 'e'), s('i', ''), s('u', '', 'o', 'ou')];
const LONG: readonly Sound[] = [
  s('a', 'ا', 'aa', 'ā'),
  s('i', 'ي', 'ee', 'ī'),
  s('u', 'و', 'ou', 'oo', 'ū'),
  s('ay', 'ي', 'ei', 'ey', 'ai'),
  s('aw', 'و'),
];
/** The feminine ending: Raqqah, Raqqa, Raqqeh; ة in Arabic. */
const FEMININE = s('ah', 'ة', 'a', 'eh', 'e');

/** First words of compound place names: Deir ez-Zor, Tell Abyad, Ain al-Arab. */
const PREFIXES: readonly Sound[] = [
  s('Tell', 'تل', 'Tal', 'Tall'),
  s('Deir', 'دير', 'Dayr', 'Deyr'),
  s('Ain', 'عين', 'Ayn', 'Ein', 'ʿAyn'),
  s('Kafr', 'كفر'),
  s('Beit', 'بيت', 'Bayt', 'Beyt'),
  s('Khirbet', 'خربة', 'Khirbat'),
  s('Jisr', 'جسر'),
  s('Ras', 'رأس', 'Raas'),
];

/** A made-up name, as its sounds; it is spelled by `spell` and written in Arabic by `arabic`. */
export interface Word {
  prefix?: Sound;
  article: boolean;
  sounds: readonly Sound[];
}

export interface WordShape {
  /** Syllables: consonant + vowel each. */
  syllables?: [number, number];
  /** Chance of the article al-. */
  article?: number;
  /** Chance of a first word such as Deir or Tell. */
  prefix?: number;
}

export function makeWord(rng: Random, shape: WordShape = {}): Word {
  const [min, max] = shape.syllables ?? [2, 3];
  const syllables = rng.int(min, max);
  const sounds: Sound[] = [];
  for (let i = 0; i < syllables; i++) {
    sounds.push(rng.pick(CONSONANTS));
    // Stressed syllables after the first are often long: Ru-hay-bah, Du-mayr.
    sounds.push(i > 0 && rng.chance(0.55) ? rng.pick(LONG) : rng.pick(SHORT));
  }
  const end = rng.next();
  if (end < 0.4) {
    // Raqqah, not Raqqaah: the ending follows a consonant, or a long i or u (Tariyah, Jaburah).
    const last = sounds.at(-1)!;
    if (SHORT.includes(last) || last === LONG[0]) sounds.pop();
    sounds.push(FEMININE);
  } else if (end < 0.9) sounds.push(rng.pick(CONSONANTS));
  return {
    prefix: rng.chance(shape.prefix ?? 0) ? rng.pick(PREFIXES) : undefined,
    article: rng.chance(shape.article ?? 0),
    sounds,
  };
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

type ArticleForm = 'canonical' | 'al' | 'el' | 'a' | 'Al ';

function articleOf(word: Word, form: ArticleForm): string {
  const first = word.sounds[0]!.lat;
  switch (form) {
    case 'canonical':
      return SUN.has(first) ? `a${first}-` : 'al-';
    case 'al':
      return 'al-';
    case 'el':
      return 'el-';
    case 'a':
      return 'a-';
    case 'Al ':
      return 'Al ';
  }
}

/** The word spelled in Latin letters: the name's own spelling, or a variant drawn from `rng`. */
export function spell(word: Word, rng?: Random): string {
  const choose = (sound: Sound, at = 1) => {
    // No doubled first letter: Raqqa may be Raqa, but never Rraqqa.
    const alts = at === 0 ? sound.alts.filter((alt) => alt !== sound.lat.repeat(2)) : sound.alts;
    return rng && alts.length && rng.chance(0.45) ? rng.pick(alts) : sound.lat;
  };
  const body = capitalize(word.sounds.map(choose).join(''));
  const form: ArticleForm = rng ? rng.pick(['canonical', 'al', 'el', 'a', 'Al '] as const) : 'canonical';
  const main = word.article ? `${articleOf(word, form)}${body}` : body;
  return word.prefix ? `${choose(word.prefix)} ${main}` : main;
}

/** The word in Arabic script; `variant` leaves out the article, marks a short vowel or ends in ه. */
export function arabic(word: Word, variant?: 'no-article' | 'marked' | 'ha'): string {
  let body = word.sounds.map((sound) => sound.ar).join('');
  if (variant === 'ha') body = body.replace(/ة$/, 'ه');
  if (variant === 'marked') body = body.charAt(0) + '\u064E' + body.slice(1); // a fatha
  const main = word.article && variant !== 'no-article' ? `ال${body}` : body;
  return word.prefix ? `${word.prefix.ar} ${main}` : main;
}

/** What search compares: a name's folded Latin form and its folded Arabic form. */
export function keysOf(word: Word): [string, string] {
  return [normalizeName(spell(word)), normalizeName(arabic(word))];
}

/**
 * Up to `count` other Latin spellings of the word, then Arabic forms, each folding to the same form as
 * the name (a variant that would not is dropped, so search always finds the name by any of them).
 */
export function variants(word: Word, rng: Random, count: number): string[] {
  const name = spell(word);
  const [latinKey, arabicKey] = keysOf(word);
  const out = new Set<string>();
  for (let attempt = 0; attempt < count * 2 && out.size < count; attempt++) {
    const variant = spell(word, rng);
    if (variant !== name && normalizeName(variant) === latinKey) out.add(variant);
  }
  out.add(arabic(word));
  const extra = rng.pick(['no-article', 'marked', 'ha'] as const);
  const other = arabic(word, extra);
  if (normalizeName(other) === arabicKey) out.add(other);
  return [...out];
}

/** Letters and digits joined by dashes: the readable part of an id. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Hands out words whose folded forms no other word has, so a search for one place finds that place
 * first, whichever spelling is asked for.
 */
export class WordRegistry {
  private readonly taken = new Set<string>();

  unique(rng: Random, shape: WordShape = {}): Word {
    for (;;) {
      const word = makeWord(rng, shape);
      const [latin, script] = keysOf(word);
      // Very short names collide with real words and with each other under fuzzy search.
      if (latin.replace(/ /g, '').length < 4) continue;
      if (this.taken.has(latin) || this.taken.has(script)) continue;
      this.taken.add(latin);
      this.taken.add(script);
      return word;
    }
  }
}
