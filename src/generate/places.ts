import type { SeedEntity } from '../ingest/schema.js';
import { arabic, slug, spell, variants, type Word, type WordRegistry } from './names.js';
import type { Random } from './prng.js';

/**
 * The place hierarchy: a country, its provinces, their regions, and thousands of towns in the regions;
 * a capital city straight under the first province; a neighbouring country and its capital, where
 * outlets in exile write from. Indices into `places` stand for places everywhere in the generator.
 */

export type PlaceLevel = 'country' | 'province' | 'region' | 'city' | 'town';

export interface Place {
  entity: SeedEntity;
  level: PlaceLevel;
  /** The enclosing place (index), or null for a country. */
  parent: number | null;
  /** The province it lies in (index), itself for a province, null outside the provinces. */
  province: number | null;
  word: Word;
}

export interface PlaceWorld {
  places: Place[];
  country: number;
  capital: number;
  neighbour: number;
  foreignCapital: number;
  provinces: number[];
  regions: number[];
  towns: number[];
  /** The towns of each region, by region index. */
  townsOf: Map<number, number[]>;
}

export interface PlaceCounts {
  provinces: number;
  regions: number;
  towns: number;
}

/** How regions are named: Wadi X, Jabal X, the X plain, the X countryside. */
const REGION_FORMS: readonly { en: (name: string) => string; ar: (name: string) => string }[] = [
  { en: (n) => `Wadi ${n}`, ar: (n) => `وادي ${n}` },
  { en: (n) => `Jabal ${n}`, ar: (n) => `جبل ${n}` },
  { en: (n) => `${n} plain`, ar: (n) => `سهل ${n}` },
  { en: (n) => `${n} countryside`, ar: (n) => `ريف ${n}` },
];

export function buildPlaces(rng: Random, words: WordRegistry, counts: PlaceCounts): PlaceWorld {
  const places: Place[] = [];
  const ids = new Set<string>();
  const add = (
    level: PlaceLevel,
    parent: number | null,
    province: number | null,
    word: Word,
    name: string,
    aliases: string[],
    kind: string = level,
  ): number => {
    let id = `place:${slug(name)}`;
    for (let n = 2; ids.has(id); n++) id = `place:${slug(name)}-${n}`;
    ids.add(id);
    places.push({ entity: { type: 'place', id, name, aliases, kind }, level, parent, province, word });
    return places.length - 1;
  };
  const named = (level: PlaceLevel, parent: number | null, province: number | null, word: Word, n: number) =>
    add(level, parent, province, word, spell(word), variants(word, rng, n));

  const country = named('country', null, null, words.unique(rng, { syllables: [2, 3] }), 3);
  const provinces: number[] = [];
  for (let p = 0; p < counts.provinces; p++) {
    const word = words.unique(rng, { article: 0.25 });
    const name = spell(word);
    const index = add('province', country, null, word, name, [
      `${name} Governorate`,
      `${name} province`,
      ...variants(word, rng, 2),
      `محافظة ${arabic(word)}`,
    ]);
    places[index]!.province = index;
    provinces.push(index);
  }
  const capital = named('city', provinces[0]!, provinces[0]!, words.unique(rng, { syllables: [2, 2] }), 3);

  const regions: number[] = [];
  for (let r = 0; r < counts.regions; r++) {
    const province = provinces[r % provinces.length]!;
    const word = words.unique(rng, { article: 0.2 });
    const form = rng.pick(REGION_FORMS);
    const aliases = [
      ...variants(word, rng, 3)
        .filter((v) => /^[\p{Script=Latin}\s'ʿ-]+$/u.test(v))
        .map(form.en),
      form.ar(arabic(word)),
    ];
    regions.push(add('region', province, province, word, form.en(spell(word)), aliases));
  }

  const towns: number[] = [];
  const townsOf = new Map<number, number[]>(regions.map((r) => [r, []]));
  for (let t = 0; t < counts.towns; t++) {
    const region = regions[t % regions.length]!;
    const word = words.unique(rng, { article: 0.3, prefix: 0.15 });
    const kind = rng.chance(0.2) ? 'village' : 'town';
    const index = add(
      'town',
      region,
      places[region]!.province,
      word,
      spell(word),
      variants(word, rng, rng.int(2, 4)),
      kind,
    );
    towns.push(index);
    townsOf.get(region)!.push(index);
  }

  const neighbour = named('country', null, null, words.unique(rng, { syllables: [2, 3] }), 2);
  const foreignCapital = named('city', neighbour, null, words.unique(rng, { syllables: [2, 2] }), 2);
  return { places, country, capital, neighbour, foreignCapital, provinces, regions, towns, townsOf };
}
