import type { SeedEntity } from '../ingest/schema.js';
import type { BackgroundDraft } from './backgroundDraft.js';
import { FIRST_DAY, LAST_DAY, dateWords } from './days.js';
import { arabic, slug } from './names.js';

const TERMS = [
  'Fighters who refuse to settle their status with the state leave with their light weapons.',
  'Government forces enter after the last convoy leaves.',
  'Detainees are released in exchange.',
  'Civilians who stay are given guarantees.',
];

/** Agreements: parties, the place covered, terms, the day they were reached. Returns the agreements. */
export function reachAgreements(d: BackgroundDraft): SeedEntity[] {
  const { rng, actors, pw, input, facts } = d;
  const place = (i: number) => d.place(i);
  const name = (i: number) => d.name(i);
  const faction = (i: number) => d.faction(i);
  const agreements: SeedEntity[] = [];
  for (let i = 0; i < input.agreements; i++) {
    const where = rng.chance(0.5)
      ? d.someTown()
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
    for (const term of rng.sample(TERMS, rng.int(1, 2))) {
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
  return agreements;
}
