/**
 * Devices for the sync tests: each its own database (in one fake IndexedDB), a clock shared by
 * all and moved by hand, fuzz on as in the app, ids that cannot collide between devices.
 */
import { createCatalog, summarise } from '../../src/app/catalog';
import { createServices, type Services } from '../../src/app/services';
import { startStudy } from '../../src/app/study';
import { canonicalJson } from '../../src/domain/canonical-json';
import type { Grade } from '../../src/domain/memory';
import { testDeck, T0 } from './fixtures';

export const CARD_IDS = Array.from({ length: 12 }, (_, i) => `act-${String(i + 1).padStart(3, '0')}`);
export const DECKS = [testDeck('actors', CARD_IDS)];

export const clock = { time: T0, now: () => clock.time, timezoneOffset: () => 0 };

export type Device = Services & { name: string };

export function makeDevice(name: string): Device {
  let n = 0;
  const services = createServices({
    events: { onBlocked: () => undefined, onVersionChange: () => undefined },
    clock,
    catalog: createCatalog(DECKS.map(summarise), (id) => { const d = DECKS.find((x) => x.id === id); return d ? Promise.resolve(d) : undefined; }),
    databaseName: `faultlines-${name}`,
    // Separate devices: the app's other-tab channel must not join them.
    progressChanges: { announce: () => undefined, subscribe: () => () => undefined },
    fuzz: true,
    newId: () => `${name}-${++n}`,
  });
  return { ...services, name };
}

/** Rates one card as a study session does, at the clock's time; the clock then moves on a minute. */
export async function rate(device: Device, cardId: string, grade: Grade): Promise<string> {
  const study = await startStudy(device, { cardIds: [cardId] });
  await study.rate(grade);
  study.close();
  clock.time += 60_000;
  const db = await device.database.get();
  const rows = await db.getAllFromIndex('reviews', 'by-card', cardId);
  return rows.sort((a, b) => b.time - a.time)[0]!.id;
}

/** The review log and every memory, canonically: what must be byte-identical on every device. */
export async function progressDump(device: Device): Promise<string> {
  const db = await device.database.get();
  const [reviews, memories] = await Promise.all([db.getAll('reviews'), db.getAll('memories')]);
  return canonicalJson({ reviews, memories });
}

export { startProxy, type Proxy } from '../e2e/couch-proxy';
