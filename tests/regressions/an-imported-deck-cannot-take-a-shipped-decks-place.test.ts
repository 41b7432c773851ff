// Regression: a correctly signed backup could hold an "imported" deck with a shipped deck's id and
// its card ids. Restored, it replaced the shipped deck's cards in the Library; deleting it then
// erased the shipped cards' progress. Imported decks and cards now have ids of their own namespace
// (custom-<letters>, <letters>-0001), refused otherwise, and deleting an imported deck only ever
// deletes the progress of its own cards' ids.
import { afterEach, expect, it } from 'vitest';
import { checkBackup, exportBackup, sha256 } from '../../src/app/backup';
import { startStudy } from '../../src/app/study';
import { checksumOf } from '../../src/domain/backup/validate';
import { T0, testDeck, testServices, exportText } from '../app/fixtures';

let services: ReturnType<typeof testServices>;
afterEach(() => services.database.close());

it('refuses a backup whose imported deck takes a shipped deck\'s id and cards', async () => {
  services = testServices([testDeck('actors', ['act-001', 'act-002'])]);
  await (await startStudy(services, { cardIds: ['act-001'] })).rate(3);
  const file = JSON.parse((await exportText(services)));
  file.data.importedDecks = [{ ...testDeck('actors', ['act-001']), topic: 'custom', talkingPoints: [] }];
  file.checksum = await checksumOf(file, sha256);

  const check = await checkBackup(services, JSON.stringify(file));
  expect(check.ok).toBe(false);
  if (check.ok) return;
  expect(check.problems).toEqual([
    'data.importedDecks[0].id is "actors", the id of a deck Faultlines ships; an imported deck\'s id is "custom-" and 2 to 6 lower-case letters, like "custom-abcde"',
  ]);
  expect(services.catalog.isImported('actors')).toBe(false);
});

it('deletes an imported deck without touching the progress of a shipped card id it lists', async () => {
  services = testServices([testDeck('actors', ['act-001'])]);
  services.clock.set(T0);
  await (await startStudy(services, { cardIds: ['act-001'] })).rate(3);
  // As a restore by an older version could have left it.
  await services.decks.save({ ...testDeck('custom-abcde', ['abcde-0001', 'act-001']), topic: 'custom' });
  await services.decks.delete('custom-abcde');
  expect(await services.progress.memory('act-001')).toBeDefined();
  expect(await services.progress.reviewCount()).toBe(1);
});
