// Regression: a correctly signed backup with a rating at a time no JavaScript Date can hold (1e16 ms)
// was accepted, and merging it replayed that rating through FSRS into a memory whose due and
// stability were NaN: the card fell out of the due index and was never shown again. Every time in
// a backup must now be whole milliseconds from 2020 to when the file was made.
import { afterEach, expect, it } from 'vitest';
import { checkBackup, exportBackup, sha256 } from '../../src/app/backup';
import { startStudy } from '../../src/app/study';
import { checksumOf } from '../../src/domain/backup/validate';
import { T0, testDeck, testServices, exportText } from '../app/fixtures';

const DAY = 86_400_000;
const decks = [testDeck('actors', ['act-001', 'act-002'])];
let open: ReturnType<typeof testServices>[] = [];
afterEach(() => { open.forEach((s) => s.database.close()); open = []; });

async function rated(name: string, time: number) {
  const services = testServices(decks);
  open.push(services);
  let n = 0;
  services.newId = () => `${name}-${++n}`;
  services.clock.set(time);
  await (await startStudy(services, { cardIds: ['act-001'] })).rate(3);
  return services;
}

it('refuses a rating at a time no Date can hold, so a merge cannot turn it into a memory of NaN', async () => {
  const there = await rated('there', T0);
  const file = JSON.parse((await exportText(there)));
  file.data.reviews.push({ ...file.data.reviews[0], id: 'there-2', time: 1e16 });
  file.checksum = await checksumOf(file, sha256);

  const here = await rated('here', T0 + DAY);
  const check = await checkBackup(here, JSON.stringify(file));
  expect(check).toEqual({
    ok: false,
    reason: 'This backup has 1 problem.',
    problems: ['data.reviews[1].time must be a time from 1 January 2020 to when the backup was made (4 May 2026, 09:00 UTC), found 10000000000000000'],
  });
  const memory = await here.progress.memory('act-001');
  expect(Number.isFinite(memory?.due)).toBe(true);
  expect(Number.isFinite(memory?.stability)).toBe(true);
});
