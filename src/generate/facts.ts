import type { StatementKind } from '../statement/kinds.js';
import type { SeedEntity } from '../ingest/schema.js';
import type { Actors } from './actors.js';
import { FIRST_DAY, LAST_DAY, dateWords, type Precision } from './days.js';
import { arabic, slug } from './names.js';
import type { PlaceWorld } from './places.js';
import type { Random } from './prng.js';
import type { DatePart, Status } from './timeline.js';

/**
 * The background of the graph, small beside control and events: where places lie (cited to the
 * gazetteer dataset), distances, who is allied with or affiliated to whom (alliances that change over
 * the years), where outlets and people are based, and agreements with their parties, places and terms.
 */

const BEARINGS = [
  'north',
  'northeast',
  'east',
  'southeast',
  'south',
  'southwest',
  'west',
  'northwest',
] as const;

export interface Fact {
  kind: StatementKind;
  subject: string;
  object?: string;
  status?: Status;
  role?: string;
  start?: DatePart;
  end?: DatePart;
  pointInTime?: DatePart;
  distance?: {
    amount: number;
    phrasing: 'about' | 'exact';
    unit: 'km';
    bearing: (typeof BEARINGS)[number];
    text: string;
  };
  text?: string;
  /** Cited to the gazetteer dataset, or reported in the press from this day on. */
  source: 'gazetteer' | number;
  quote?: string;
}

export interface Background {
  facts: Fact[];
  agreements: SeedEntity[];
  /** Where each outlet writes from (place ids, by media index). */
  mediaBases: string[];
}

export interface BackgroundInput {
  places: PlaceWorld;
  actors: Actors;
  agreements: number;
  /** The factions active in each province (by province index). */
  pools: Map<number, number[]>;
  /** The person whose connections the benchmark asks for, and the faction he speaks for. */
  connection: { person: number; faction: number };
  /** Towns no faction is based in and no one is placed in, so the connection stays three steps long. */
  keepApart: ReadonlySet<number>;
}

const some = (rng: Random, precision: Precision[] = ['year', 'month', 'day']): Precision =>
  rng.pick(precision);

export function buildBackground(rng: Random, input: BackgroundInput): Background {
  const { places: pw, actors } = input;
  const place = (i: number) => pw.places[i]!;
  const name = (i: number) => place(i).entity.name;
  const facts: Fact[] = [];
  const someTown = () => {
    for (;;) {
      const town = rng.pick(pw.towns);
      if (!input.keepApart.has(town)) return town;
    }
  };
  const someDay = () => rng.int(FIRST_DAY, LAST_DAY - 365);

  // Where places lie: country > province > region > town, the capital in its province, the foreign capital.
  for (let i = 0; i < pw.places.length; i++) {
    const parent = place(i).parent;
    if (parent === null) continue;
    facts.push({
      kind: 'located_in',
      subject: place(i).entity.id,
      object: place(parent).entity.id,
      source: 'gazetteer',
    });
  }
  // How far some towns are from the first town of their region.
  for (const [, towns] of pw.townsOf) {
    const centre = towns[0];
    if (centre === undefined) continue;
    for (const town of towns.slice(1)) {
      if (!rng.chance(0.1)) continue;
      const amount = rng.int(2, 60);
      const bearing = rng.pick(BEARINGS);
      const phrasing = rng.chance(0.7) ? 'about' : 'exact';
      const text = `${phrasing === 'about' ? 'approximately ' : ''}${amount} kilometers ${bearing} of ${name(centre)}`;
      facts.push({
        kind: 'distance',
        subject: place(town).entity.id,
        object: place(centre).entity.id,
        distance: { amount, phrasing, unit: 'km', bearing, text },
        source: 'gazetteer',
      });
    }
  }

  // Alliances: militias with the government; armed groups in coalitions, some changing sides; foreign backers.
  const faction = (i: number) => actors.factions[i]!.entity;
  const ally = (subject: string, object: number, from: number, quote: string, extra: Partial<Fact> = {}) =>
    facts.push({
      kind: 'affiliation',
      subject,
      object: faction(object).id,
      status: 'held',
      start: { day: from, precision: some(rng) },
      source: from,
      quote,
      ...extra,
    });
  for (const m of actors.militias) {
    ally(
      faction(m).id,
      0,
      someDay(),
      `${faction(m).name} fight alongside the forces of the ${faction(0).name}.`,
    );
  }
  for (const a of actors.armedGroups) {
    const f = faction(a).name;
    if (rng.chance(0.85)) {
      const coalition = rng.pick(actors.coalitions);
      const from = someDay();
      if (rng.chance(0.2) && actors.coalitions.length > 1) {
        const until = rng.int(from + 60, LAST_DAY - 30);
        const next = rng.pick(actors.coalitions.filter((c) => c !== coalition));
        ally(
          faction(a).id,
          coalition,
          from,
          `${f} joined ${faction(coalition).name} in ${dateWords(from, 'month')}.`,
          {
            status: 'ended',
            end: { day: until, precision: some(rng, ['month', 'day']) },
            source: until,
          },
        );
        ally(
          faction(a).id,
          next,
          until + 1,
          `${f} left ${faction(coalition).name} for ${faction(next).name}.`,
        );
      } else {
        ally(faction(a).id, coalition, from, `${f} is part of ${faction(coalition).name}.`);
      }
    }
    if (rng.chance(0.25)) {
      const backer = rng.pick(actors.foreignStates);
      ally(faction(a).id, backer, someDay(), `${f} is backed by ${faction(backer).name}.`, { role: 'proxy' });
    }
  }
  for (const c of actors.coalitions) {
    if (!rng.chance(0.5)) continue;
    const backer = rng.pick(actors.foreignStates);
    ally(
      faction(c).id,
      backer,
      someDay(),
      `${faction(c).name} receives support from ${faction(backer).name}.`,
      {
        role: 'backed coalition',
      },
    );
  }

  // Outlets: state and pro-government media with the government, opposition outlets with a coalition.
  const mediaBases: string[] = [];
  const capital = place(pw.capital).entity.id;
  const abroad = place(pw.foreignCapital).entity.id;
  actors.media.forEach((m) => {
    const kind = m.kind;
    const base =
      kind === 'state media' || kind === 'pro-government media'
        ? capital
        : rng.chance(0.6)
          ? abroad
          : rng.chance(0.5)
            ? capital
            : place(someTown()).entity.id;
    mediaBases.push(base);
    if (kind === 'unnamed sources') return;
    facts.push({
      kind: 'based_in',
      subject: m.entity.id,
      object: base,
      source: someDay(),
      quote: `${m.entity.name} reports from ${base === abroad ? name(pw.foreignCapital) : base === capital ? name(pw.capital) : 'inside the country'}.`,
    });
    if (kind === 'state media' || kind === 'pro-government media') {
      ally(m.entity.id, 0, FIRST_DAY, `${m.entity.name} speaks for the ${faction(0).name}.`);
    } else if (kind === 'opposition media' && rng.chance(0.6)) {
      const c = rng.pick(actors.coalitions);
      ally(m.entity.id, c, someDay(), `${m.entity.name} is close to ${faction(c).name}.`);
    }
  });

  // People: who they speak or fight for, and where they are.
  const armed = [0, ...actors.coalitions, ...actors.armedGroups];
  actors.persons.forEach((p, i) => {
    const id = p.entity.id;
    const base =
      i === input.connection.person
        ? pw.foreignCapital
        : rng.chance(0.7)
          ? someTown()
          : rng.chance(0.5)
            ? pw.capital
            : pw.foreignCapital;
    facts.push({
      kind: 'based_in',
      subject: id,
      object: place(base).entity.id,
      source: someDay(),
      quote: `${p.entity.name}, speaking from ${name(base)}.`,
    });
    const role = p.role;
    const to =
      i === input.connection.person
        ? input.connection.faction
        : role === 'journalist'
          ? null
          : role === 'activist'
            ? rng.chance(0.4)
              ? rng.pick(actors.coalitions)
              : null
            : rng.pick(armed);
    if (to === null) return;
    ally(id, to, someDay(), `${p.entity.name}, ${role} for ${faction(to).name}, said.`, { role });
  });

  // Agreements: parties, the place covered, terms, the day they were reached.
  const agreements: SeedEntity[] = [];
  for (let i = 0; i < input.agreements; i++) {
    const where = rng.chance(0.5)
      ? someTown()
      : rng.pick(pw.regions.slice(1).length ? pw.regions.slice(1) : pw.regions);
    const form = rng.pick(['reconciliation agreement', 'ceasefire', 'evacuation deal'] as const);
    const agreementName = `${name(where)} ${form}`;
    const id = `agreement:${slug(agreementName)}-${i + 1}`;
    agreements.push({
      type: 'agreement',
      id,
      name: agreementName,
      aliases: [`${form === 'ceasefire' ? 'هدنة' : 'اتفاق'} ${arabic(place(where).word)}`],
      description: `Reached between the parties for ${name(where)}.`,
    });
    const day = rng.int(FIRST_DAY + 200, LAST_DAY - 30);
    const province = place(where).province ?? pw.provinces[0]!;
    const parties = rng.sample(input.pools.get(province) ?? [0], rng.int(2, 3));
    for (const party of parties) {
      facts.push({
        kind: 'party_to',
        subject: faction(party).id,
        object: id,
        role: party === 0 ? 'government negotiators' : 'opposition negotiators',
        source: day,
        quote: `${faction(party).name} signed the ${agreementName}.`,
      });
    }
    if (rng.chance(0.3)) {
      const negotiator = rng.int(1, Math.max(1, actors.persons.length - 1));
      const person = actors.persons[negotiator];
      if (person && negotiator !== input.connection.person) {
        facts.push({
          kind: 'party_to',
          subject: person.entity.id,
          object: id,
          role: 'negotiator',
          source: day,
          quote: `${person.entity.name} took part in the talks.`,
        });
      }
    }
    facts.push({
      kind: 'applies_to',
      subject: id,
      object: place(where).entity.id,
      source: day,
      quote: `The ${agreementName} covers ${name(where)}.`,
    });
    const terms = [
      'Fighters who refuse to settle their status with the state leave with their light weapons.',
      'Government forces enter after the last convoy leaves.',
      'Detainees are released in exchange.',
      'Civilians who stay are given guarantees.',
    ];
    for (const term of rng.sample(terms, rng.int(1, 2))) {
      facts.push({
        kind: 'agreement_term',
        subject: id,
        object: rng.chance(0.5) ? place(where).entity.id : undefined,
        text: term,
        source: day,
        quote: term,
      });
    }
    facts.push({
      kind: 'occurred',
      subject: id,
      pointInTime: { day, precision: rng.chance(0.8) ? 'day' : 'month' },
      source: day,
      quote: `The ${agreementName} was reached on ${dateWords(day, 'day')}.`,
    });
  }
  return { facts, agreements, mediaBases };
}
