import type { SeedEntity } from '../ingest/schema.js';
import { arabic, slug, spell, variants, type Word, type WordRegistry } from './names.js';
import type { Random } from './prng.js';

/**
 * Who acts and who reports: factions (a state, coalitions, foreign states, hundreds of armed groups and
 * militias), media outlets (a prolific state news agency first, then a long tail, and the unnamed
 * "sources" real articles cite) and people (spokesmen, commanders, activists, journalists).
 */

export type FactionKind = 'state' | 'coalition' | 'foreign state' | 'armed group' | 'militia';

export interface Faction {
  entity: SeedEntity;
  kind: FactionKind;
}

export interface Media {
  entity: SeedEntity;
  kind: string;
}

export interface Person {
  entity: SeedEntity;
  role: string;
}

export interface ActorCounts {
  factions: number;
  media: number;
  persons: number;
}

export interface Actors {
  factions: Faction[];
  /** Index 0 is the government; then coalitions, foreign states, armed groups and militias. */
  coalitions: number[];
  foreignStates: number[];
  armedGroups: number[];
  militias: number[];
  media: Media[];
  persons: Person[];
}

class Ids {
  private readonly taken = new Set<string>();
  make(prefix: string, name: string): string {
    const base = `${prefix}:${slug(name)}`;
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}

const latin = (names: string[]) => names.filter((n) => !/[\u0600-\u06FF]/.test(n));

const ARMED_FORMS: readonly { en: string; alt: string; ar: string }[] = [
  { en: 'Liwa %', alt: '% Brigade', ar: 'لواء %' },
  { en: 'Jaysh %', alt: 'Army of %', ar: 'جيش %' },
  { en: 'Harakat %', alt: '% Movement', ar: 'حركة %' },
  { en: 'Kataib %', alt: '% Battalions', ar: 'كتائب %' },
  { en: 'Ahrar %', alt: 'Free Men of %', ar: 'أحرار %' },
];

const MEDIA_FORMS: readonly { en: string; kind: string }[] = [
  { en: '% Direct', kind: 'independent' },
  { en: '% Post', kind: 'independent' },
  { en: 'Radio %', kind: 'opposition media' },
  { en: '% Media Center', kind: 'opposition media' },
  { en: '% Network', kind: 'pro-government media' },
  { en: '% Observatory', kind: 'monitoring group' },
  { en: '% Voice', kind: 'opposition media' },
];

/** The unnamed sources articles cite ("according to opposition sources on the ground"). */
const UNNAMED = [
  'pro-opposition media outlets',
  'opposition sources on the ground',
  'local activists',
  'pro-government media outlets',
];

const ROLES = ['spokesman', 'commander', 'official', 'activist', 'journalist'] as const;

const fill = (form: string, name: string) => form.replace('%', name);

export function buildActors(
  rng: Random,
  words: WordRegistry,
  counts: ActorCounts,
  country: { name: string; word: Word },
  neighbour: { name: string; word: Word },
): Actors {
  const ids = new Ids();
  const factions: Faction[] = [];
  const faction = (kind: FactionKind, name: string, aliases: string[], description?: string) => {
    factions.push({
      entity: { type: 'faction', id: ids.make('faction', name), name, aliases, kind, description },
      kind,
    });
    return factions.length - 1;
  };
  const arCountry = arabic(country.word);

  faction(
    'state',
    `Government of ${country.name}`,
    [`${country.name} government`, `${country.name} regime`, `${country.name} state`, `حكومة ${arCountry}`],
    `The government of ${country.name} and the forces under its command.`,
  );

  const coalitions: number[] = [];
  const nCoalitions = Math.min(30, Math.max(2, Math.round(counts.factions / 40)));
  for (let i = 0; i < nCoalitions; i++) {
    const word = words.unique(rng);
    const name = spell(word);
    coalitions.push(
      faction('coalition', `Jabhat ${name}`, [
        `${name} Front`,
        ...latin(variants(word, rng, 2)).map((v) => `Jabhat ${v}`),
        `جبهة ${arabic(word)}`,
      ]),
    );
  }

  const foreignStates = [faction('foreign state', neighbour.name, [`${neighbour.name} government`])];
  const nForeign = Math.min(4, Math.max(1, Math.round(counts.factions / 100)));
  for (let i = 0; i < nForeign; i++) {
    const word = words.unique(rng, { syllables: [2, 3] });
    foreignStates.push(
      faction('foreign state', spell(word), [`${spell(word)} government`, ...variants(word, rng, 1)]),
    );
  }

  const givenNames = Array.from({ length: 60 }, () => words.unique(rng, { syllables: [2, 2] }));
  const familyNames = Array.from({ length: Math.max(60, counts.persons) }, () =>
    words.unique(rng, { article: 0.4 }),
  );
  const personName = () => {
    const given = rng.pick(givenNames);
    const family = rng.pick(familyNames);
    return {
      name: `${spell(given)} ${spell(family)}`,
      variants: [`${spell(given, rng)} ${spell(family, rng)}`, `${spell(given, rng)} ${spell(family, rng)}`],
      arabic: `${arabic(given)} ${arabic(family)}`,
    };
  };

  const armedGroups: number[] = [];
  const militias: number[] = [];
  const rest = Math.max(2, counts.factions - factions.length);
  for (let i = 0; i < rest; i++) {
    if (i > 0 && rng.chance(0.15)) {
      const word = words.unique(rng);
      const name = spell(word);
      militias.push(
        faction('militia', `${name} Defence Forces`, [
          `Quwat ${name}`,
          `${name} militia`,
          `قوات ${arabic(word)}`,
        ]),
      );
    } else if (i > 0 && rng.chance(0.1)) {
      const person = personName();
      armedGroups.push(
        faction('armed group', `Forces of Martyr ${person.name}`, [
          `Quwat al-Shahid ${person.name}`,
          `Martyr ${person.variants[0]} Forces`,
          `قوات الشهيد ${person.arabic}`,
        ]),
      );
    } else {
      const word = words.unique(rng, { article: 0.2 });
      const form = rng.pick(ARMED_FORMS);
      const name = spell(word);
      armedGroups.push(
        faction('armed group', fill(form.en, name), [
          fill(form.alt, name),
          ...latin(variants(word, rng, 2)).map((v) => fill(form.en, v)),
          fill(form.ar, arabic(word)),
        ]),
      );
    }
  }

  const media: Media[] = [];
  const outlet = (name: string, kind: string, aliases: string[]) =>
    media.push({ entity: { type: 'media_source', id: ids.make('media', name), name, aliases, kind }, kind });
  const acronym = `${country.name
    .replace(/^a\w?-/, '')
    .charAt(0)
    .toUpperCase()}NA`;
  outlet(`${country.name} News Agency`, 'state media', [acronym, `وكالة أنباء ${arCountry}`]);
  outlet(`${country.name} state media`, 'state media', ['state media', `الإعلام الرسمي`]);
  for (const name of UNNAMED.slice(0, Math.max(0, Math.min(UNNAMED.length, counts.media - 6)))) {
    outlet(name, 'unnamed sources', []);
  }
  while (media.length < counts.media) {
    const word = words.unique(rng, { syllables: [2, 3] });
    const form = rng.pick(MEDIA_FORMS);
    outlet(
      fill(form.en, spell(word)),
      form.kind,
      latin(variants(word, rng, 1)).map((v) => fill(form.en, v)),
    );
  }

  const persons: Person[] = [];
  for (let i = 0; i < counts.persons; i++) {
    const person = personName();
    // The first person is a spokesman: the benchmark's connections start from him (targets.ts).
    const role = i === 0 ? 'spokesman' : rng.pick(ROLES);
    persons.push({
      entity: {
        type: 'person',
        id: ids.make('person', person.name),
        name: person.name,
        aliases: [...new Set([...person.variants, person.arabic])].filter((a) => a !== person.name),
        role,
      },
      role,
    });
  }
  return { factions, coalitions, foreignStates, armedGroups, militias, media, persons };
}
