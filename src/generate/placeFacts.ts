import { BEARINGS, type BackgroundDraft } from './backgroundDraft.js';

/** Where places lie: country > province > region > town, the capital in its province, the foreign capital. */
export function locatePlaces(d: BackgroundDraft): void {
  for (let i = 0; i < d.pw.places.length; i++) {
    const parent = d.place(i).parent;
    if (parent === null) continue;
    d.facts.push({
      kind: 'located_in',
      subject: d.place(i).entity.id,
      object: d.place(parent).entity.id,
      source: 'gazetteer',
    });
  }
}

/** How far some towns are from the first town of their region. */
export function measureDistances(d: BackgroundDraft): void {
  const { rng } = d;
  for (const [, towns] of d.pw.townsOf) {
    const centre = towns[0];
    if (centre === undefined) continue;
    for (const town of towns.slice(1)) {
      if (!rng.chance(0.1)) continue;
      const amount = rng.int(2, 60);
      const bearing = rng.pick(BEARINGS);
      const phrasing = rng.chance(0.7) ? 'about' : 'exact';
      const text = `${phrasing === 'about' ? 'approximately ' : ''}${amount} kilometers ${bearing} of ${d.name(centre)}`;
      d.facts.push({
        kind: 'distance',
        subject: d.place(town).entity.id,
        object: d.place(centre).entity.id,
        distance: { amount, phrasing, unit: 'km', bearing, text },
        source: 'gazetteer',
      });
    }
  }
}
