// Regression: with the storage quota exhausted, a rating replaced the study screen with an alert
// holding only "⚠" (Chromium's QuotaExceededError has an empty message), and the card was gone.
// A rating the database refuses now leaves the card in front, on the same turn (its answer still
// shown), counts nothing, and says in plain words why; pressing the grade again tries again.
import { afterEach, expect, it, vi } from 'vitest';
import { startStudy } from '../../src/app/study';
import { toStorageProblem } from '../../src/storage';
import { testDeck, testServices } from '../app/fixtures';

let services: ReturnType<typeof testServices>;
afterEach(() => services.database.close());

it('keeps the card and counts nothing when the rating could not be stored, then stores it on the next press', async () => {
  services = testServices([testDeck('actors', ['act-001', 'act-002'])]);
  const study = await startStudy(services);
  const before = study.view();
  vi.spyOn(services.progress, 'record').mockRejectedValueOnce(toStorageProblem(new DOMException('', 'QuotaExceededError'), 'use'));

  await study.rate(3);
  const refused = study.view();
  expect(refused).toMatchObject({ status: 'studying', reviewed: 0, remaining: before.remaining, turn: before.turn, canUndo: false });
  expect(refused.card?.id).toBe('act-001');
  expect(refused.problem?.storage).toBe('quota');
  expect(refused.problem?.message).toMatch(/^Your device is out of storage space, so this rating could not be saved\. Everything saved before it is safe\./);
  expect(refused.problem?.message).toContain('then rate the card again');
  expect(await services.progress.reviewCount()).toBe(0);

  await study.rate(3);
  const stored = study.view();
  expect(stored).toMatchObject({ status: 'studying', reviewed: 1 });
  expect(stored.card?.id).toBe('act-002');
  expect(stored.problem).toBeUndefined();
  expect(await services.progress.reviewCount()).toBe(1);
});

it('keeps the last rating, and undo available, when the undo could not be stored', async () => {
  services = testServices([testDeck('actors', ['act-001', 'act-002'])]);
  const study = await startStudy(services);
  await study.rate(4);
  vi.spyOn(services.progress, 'undo').mockRejectedValueOnce(toStorageProblem(new DOMException('', 'QuotaExceededError'), 'use'));
  await study.undo();
  expect(study.view()).toMatchObject({ status: 'studying', reviewed: 1, canUndo: true });
  expect(study.view().card?.id).toBe('act-002');
  expect(study.view().problem?.message).toContain('the last rating could not be undone');
  expect(await services.progress.reviewCount()).toBe(1);
});
