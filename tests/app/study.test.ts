import { afterEach, describe, expect, it } from 'vitest';
import { startStudy } from '../../src/app/study';
import { loadToday } from '../../src/app/today';
import { DAY, MINUTE } from '../../src/domain/interval';
import { T0, testDeck, testServices } from './fixtures';

let services: ReturnType<typeof testServices>;
afterEach(() => services.database.close());

const ids = (n: number, prefix = 'act') => Array.from({ length: n }, (_, i) => `${prefix}-${String(i + 1).padStart(3, '0')}`);

describe('studying', () => {
  it('shows each grade\'s next interval and records a rating with its log row', async () => {
    services = testServices([testDeck('actors', ids(3))]);
    const study = await startStudy(services);
    const view = study.view();
    expect(view).toMatchObject({ status: 'studying', reviewed: 0, remaining: 3 });
    expect(view.card?.id).toBe('act-001');
    expect(view.outcomes?.[3].intervalMs).toBe(10 * MINUTE);
    await study.rate(4);
    expect(study.view().card?.id).toBe('act-002');
    const [log] = await services.progress.reviewsOf('act-001');
    expect(log).toMatchObject({ id: 'review-1', grade: 4, time: T0, source: 'study' });
    expect(log?.before).toBeUndefined();
    expect(await services.progress.memory('act-001')).toEqual(log?.after);
  });

  it('limits new cards to the daily allowance, counting those already introduced today', async () => {
    services = testServices([testDeck('actors', ids(30))]);
    await services.settings.save({ newCardsPerDay: 5 });
    const first = await startStudy(services);
    expect(first.view().remaining).toBe(5);
    await first.rate(4);
    await first.rate(4);
    const again = await startStudy(services);
    expect(again.view().remaining).toBe(3);
    services.clock.set(T0 + DAY);
    expect((await loadToday(services)).new).toBe(5);
  });

  it('undo restores the card to the front and removes its log row', async () => {
    services = testServices([testDeck('actors', ids(2))]);
    const study = await startStudy(services);
    await study.rate(3);
    expect(study.view().canUndo).toBe(true);
    await study.undo();
    expect(study.view()).toMatchObject({ card: { id: 'act-001' }, reviewed: 0, remaining: 2, canUndo: false });
    expect(await services.progress.reviewCount()).toBe(0);
    expect(await services.progress.memory('act-001')).toBeUndefined();
  });

  it('ends with "done" and says when the next card is due', async () => {
    services = testServices([testDeck('actors', ids(1))]);
    const study = await startStudy(services);
    await study.rate(4);
    const done = study.view();
    expect(done.status).toBe('done');
    expect(done.nextDue).toBe((await services.progress.memory('act-001'))?.due);
    expect(done.nextDue! - T0).toBeGreaterThanOrEqual(DAY);
  });

  it('studies only the chosen deck', async () => {
    services = testServices([testDeck('actors', ids(2)), testDeck('corridors', ids(2, 'cor'))]);
    const study = await startStudy(services, { deckIds: ['corridors'] });
    expect(study.view().card?.id).toBe('cor-001');
    expect(study.view().remaining).toBe(2);
  });

  it('studies exactly the given cards, due or not, new-card limit or not', async () => {
    services = testServices([testDeck('actors', ids(5)), testDeck('corridors', ids(2, 'cor'))]);
    await services.settings.save({ newCardsPerDay: 0 });
    const study = await startStudy(services, { cardIds: ['cor-002', 'act-004'] });
    expect(study.view()).toMatchObject({ card: { id: 'cor-002' }, remaining: 2 });
    await study.rate(4);
    expect(study.view().card?.id).toBe('act-004');
  });

  it('brings a card due again today back the next day, and counts it on Today', async () => {
    services = testServices([testDeck('actors', ids(1))]);
    const study = await startStudy(services);
    await study.rate(4);
    services.clock.set(T0 + 30 * DAY);
    const today = await loadToday(services);
    expect(today.due).toBe(1);
    expect(today.decks[0]).toMatchObject({ due: 1, new: 0 });
    expect(today.streak).toBe(0);
  });

  it('counts a streak of consecutive days with reviews', async () => {
    services = testServices([testDeck('actors', ids(5))]);
    for (let day = 0; day < 3; day++) {
      services.clock.set(T0 + day * DAY);
      const study = await startStudy(services);
      await study.rate(4);
    }
    expect((await loadToday(services)).streak).toBe(3);
    services.clock.set(T0 + 3 * DAY);
    expect((await loadToday(services))).toMatchObject({ streak: 3, studiedToday: false });
    services.clock.set(T0 + 5 * DAY);
    expect((await loadToday(services)).streak).toBe(0);
  });
});
