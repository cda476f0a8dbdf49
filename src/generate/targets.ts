import { normalizeName } from '../search/normalize.js';
import { arabic, spell } from './names.js';
import { buildWorld } from './world.js';

/**
 * The ids and texts the benchmark asks about, chosen when the world is made so each is sure to exist with
 * the property named. A pure function of the statement count and seed: no database needed.
 */
export interface BenchTargets {
  /** A search text in Latin letters that matches a town by a transliteration variant, e.g. "ar-Raqqah" style. */
  searchLatin: string;
  /** Arabic script matching a town. */
  searchArabic: string;
  /** A town id with no control statement of its own, controlled by inference from its region or province at the latest date. */
  inferredTown: string;
  /** A place id with a long control history (many periods, competing claims). */
  historyPlace: string;
  /** A media source id that reported many statements. */
  reporter: string;
  /** An event id with differing count statements. */
  disagreementAbout: string;
  /** Two entity ids connected by a path of 3 statements (and by none shorter). */
  connectionFrom: string;
  connectionTo: string;
  /** A province id with children (regions) that have children (towns). */
  nestedPlace: string;
}

export function benchTargets(options: { statements: number; seed: number }): BenchTargets {
  const world = buildWorld({ statements: options.statements, seed: options.seed });
  const { special } = world;
  const place = (i: number) => world.places[i]!;
  const town = place(special.searchTown);
  // A spelling other than the name's own that folds to the same form: what a researcher might type.
  const rng = world.rng.derive('targets');
  const key = normalizeName(town.entity.name);
  let searchLatin = town.entity.name;
  for (let attempt = 0; attempt < 50 && searchLatin === town.entity.name; attempt++) {
    const variant = spell(town.word, rng);
    if (normalizeName(variant) === key) searchLatin = variant;
  }
  return {
    searchLatin,
    searchArabic: arabic(town.word),
    inferredTown: place(special.inferredTown).entity.id,
    historyPlace: place(special.historyPlace).entity.id,
    reporter: world.media[0]!.entity.id,
    disagreementAbout: world.events[world.groups[0]!.root]!.id,
    connectionFrom: world.persons[special.connectionPerson]!.entity.id,
    connectionTo: place(special.connectionTown).entity.id,
    nestedPlace: place(world.provinces[0]!).entity.id,
  };
}
