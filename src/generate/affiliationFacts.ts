import { some, type BackgroundDraft } from './backgroundDraft.js';
import { FIRST_DAY, LAST_DAY, dateWords } from './days.js';

/** Alliances: militias with the government; armed groups in coalitions, some changing sides; foreign backers. */
export function allyFactions(d: BackgroundDraft): void {
  const { rng, actors } = d;
  const faction = (i: number) => d.faction(i);
  for (const m of actors.militias) {
    d.ally(
      faction(m).id,
      0,
      d.someDay(),
      `${faction(m).name} fight alongside the forces of the ${faction(0).name}.`,
    );
  }
  for (const a of actors.armedGroups) {
    const f = faction(a).name;
    if (rng.chance(0.85)) {
      const coalition = rng.pick(actors.coalitions);
      const from = d.someDay();
      if (rng.chance(0.2) && actors.coalitions.length > 1) {
        const until = rng.int(from + 60, LAST_DAY - 30);
        const next = rng.pick(actors.coalitions.filter((c) => c !== coalition));
        d.ally(
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
        d.ally(
          faction(a).id,
          next,
          until + 1,
          `${f} left ${faction(coalition).name} for ${faction(next).name}.`,
        );
      } else {
        d.ally(faction(a).id, coalition, from, `${f} is part of ${faction(coalition).name}.`);
      }
    }
    if (rng.chance(0.25)) {
      const backer = rng.pick(actors.foreignStates);
      d.ally(faction(a).id, backer, d.someDay(), `${f} is backed by ${faction(backer).name}.`, {
        role: 'proxy',
      });
    }
  }
  for (const c of actors.coalitions) {
    if (!rng.chance(0.5)) continue;
    const backer = rng.pick(actors.foreignStates);
    d.ally(
      faction(c).id,
      backer,
      d.someDay(),
      `${faction(c).name} receives support from ${faction(backer).name}.`,
      {
        role: 'backed coalition',
      },
    );
  }
}

/**
 * Outlets: state and pro-government media with the government, opposition outlets with a coalition.
 * Returns where each outlet writes from (place ids, by media index).
 */
export function baseOutlets(d: BackgroundDraft): string[] {
  const { rng, actors, pw } = d;
  const mediaBases: string[] = [];
  const capital = d.place(pw.capital).entity.id;
  const abroad = d.place(pw.foreignCapital).entity.id;
  actors.media.forEach((m) => {
    const kind = m.kind;
    const base =
      kind === 'state media' || kind === 'pro-government media'
        ? capital
        : rng.chance(0.6)
          ? abroad
          : rng.chance(0.5)
            ? capital
            : d.place(d.someTown()).entity.id;
    mediaBases.push(base);
    if (kind === 'unnamed sources') return;
    d.facts.push({
      kind: 'based_in',
      subject: m.entity.id,
      object: base,
      source: d.someDay(),
      quote: `${m.entity.name} reports from ${base === abroad ? d.name(pw.foreignCapital) : base === capital ? d.name(pw.capital) : 'inside the country'}.`,
    });
    if (kind === 'state media' || kind === 'pro-government media') {
      d.ally(m.entity.id, 0, FIRST_DAY, `${m.entity.name} speaks for the ${d.faction(0).name}.`);
    } else if (kind === 'opposition media' && rng.chance(0.6)) {
      const c = rng.pick(actors.coalitions);
      d.ally(m.entity.id, c, d.someDay(), `${m.entity.name} is close to ${d.faction(c).name}.`);
    }
  });
  return mediaBases;
}

/** People: who they speak or fight for, and where they are. */
export function placePeople(d: BackgroundDraft): void {
  const { rng, actors, pw, input } = d;
  const armed = [0, ...actors.coalitions, ...actors.armedGroups];
  actors.persons.forEach((p, i) => {
    const id = p.entity.id;
    const base =
      i === input.connection.person
        ? pw.foreignCapital
        : rng.chance(0.7)
          ? d.someTown()
          : rng.chance(0.5)
            ? pw.capital
            : pw.foreignCapital;
    d.facts.push({
      kind: 'based_in',
      subject: id,
      object: d.place(base).entity.id,
      source: d.someDay(),
      quote: `${p.entity.name}, speaking from ${d.name(base)}.`,
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
    d.ally(id, to, d.someDay(), `${p.entity.name}, ${role} for ${d.faction(to).name}, said.`, { role });
  });
}
