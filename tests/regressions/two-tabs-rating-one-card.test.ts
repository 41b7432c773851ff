// Regression: two tabs showed the same card; tab 1 rated it Good, then tab 2 rated it Easy from the
// memory it had read before tab 1's rating. Tab 2 overwrote tab 1's schedule (reps 1, no "before"
// in its log row), and an undo in tab 2 would then have deleted the card's memory. A rating now
// reads the stored memory inside its own write transaction, and a tab whose front card was rated
// elsewhere moves on.
import { afterEach, expect, it } from 'vitest';
import { createServices, type Services } from '../../src/app/services';
import { startStudy, UNDO_SUPERSEDED } from '../../src/app/study';
import type { ProgressChange, ProgressChannel } from '../../src/app/progress-channel';
import { MINUTE } from '../../src/domain/interval';
import { T0, testDeck, testServices } from '../app/fixtures';

const decks = [testDeck('actors', ['act-001', 'act-002', 'act-003'])];

/**
 * Two tabs of one browser: one database, one clock, and a channel between them whose messages wait
 * until the test delivers them — as a message between tabs can arrive after the other tab acted.
 */
function twoTabs() {
  const listeners = new Map<Services, Set<(c: ProgressChange) => void>>();
  const held: (() => void)[] = [];
  const channelFor = (): ProgressChannel & { owner?: Services } => {
    const channel: ProgressChannel & { owner?: Services } = {
      announce(change) {
        for (const [tab, set] of listeners) if (tab !== channel.owner) for (const l of set) held.push(() => l(change));
      },
      subscribe(listener) {
        const set = listeners.get(channel.owner!) ?? new Set();
        listeners.set(channel.owner!, set.add(listener));
        return () => set.delete(listener);
      },
    };
    return channel;
  };
  const firstChannel = channelFor();
  const first = testServices(decks);
  Object.assign(first, { progressChanges: firstChannel });
  firstChannel.owner = first;
  const secondChannel = channelFor();
  let next = 0;
  const second: Services = createServices({
    events: { onBlocked: () => undefined, onVersionChange: () => undefined },
    clock: first.clock, catalog: first.catalog, fuzz: false, newId: () => `tab2-review-${++next}`, progressChanges: secondChannel,
  });
  secondChannel.owner = second;
  return { first, second, deliver: () => held.splice(0).forEach((send) => send()) };
}

let tabs: ReturnType<typeof twoTabs>;
afterEach(() => { tabs.first.database.close(); tabs.second.database.close(); });

it('schedules a rating from the memory stored by the other tab, and keeps both ratings', async () => {
  tabs = twoTabs();
  const { first, second } = tabs;
  const [one, two] = [await startStudy(first), await startStudy(second)];
  expect(one.view().card?.id).toBe('act-001');
  expect(two.view().card?.id).toBe('act-001');
  await one.rate(3);
  first.clock.set(T0 + MINUTE);
  // Tab 2 rates before it has heard of tab 1's rating.
  await two.rate(4);
  const log = await first.progress.reviewsOf('act-001');
  expect(log.map((r) => r.grade).sort()).toEqual([3, 4]);
  const easy = log.find((r) => r.grade === 4)!;
  expect(easy.before).toEqual(log.find((r) => r.grade === 3)!.after);
  const memory = await first.progress.memory('act-001');
  expect(memory?.reps).toBe(2);
  expect(memory).toEqual(easy.after);
});

it('refuses to undo a rating the other tab has rated over, and keeps the later schedule', async () => {
  tabs = twoTabs();
  const { first, second } = tabs;
  const [one, two] = [await startStudy(first), await startStudy(second)];
  await one.rate(3);
  first.clock.set(T0 + MINUTE);
  await two.rate(4);
  const before = await first.progress.memory('act-001');
  await one.undo();
  expect(one.view().notice).toBe(UNDO_SUPERSEDED);
  expect(await first.progress.memory('act-001')).toEqual(before);
  expect(await first.progress.reviewsOf('act-001')).toHaveLength(2);
  expect(one.view().canUndo).toBe(false);
});

it('moves a tab on when the card in front was rated in the other tab', async () => {
  tabs = twoTabs();
  const { first, second } = tabs;
  const [one, two] = [await startStudy(first), await startStudy(second)];
  const shown = two.view();
  const movedOn = new Promise<void>((resolve) => { const stop = two.subscribe(() => { stop(); resolve(); }); });
  await one.rate(4);
  tabs.deliver();
  await movedOn;
  expect(shown.card?.id).toBe('act-001');
  expect(two.view()).toMatchObject({ status: 'studying', card: { id: 'act-002' }, remaining: 2 });
  expect(two.view().turn).not.toBe(shown.turn);
});

it('keeps a card rated Again elsewhere in the session, behind the others, with its stored memory', async () => {
  tabs = twoTabs();
  const { first, second } = tabs;
  const [one, two] = [await startStudy(first), await startStudy(second)];
  const movedOn = new Promise<void>((resolve) => { const stop = two.subscribe(() => { stop(); resolve(); }); });
  await one.rate(1);
  tabs.deliver();
  await movedOn;
  expect(two.view().card?.id).toBe('act-002');
  await two.rate(4);
  await two.rate(4);
  first.clock.set(T0 + 10 * MINUTE);
  expect(two.view().card?.id).toBe('act-001');
  await two.rate(3);
  const [again, good] = await first.progress.reviewsOf('act-001');
  expect(good?.before).toEqual(again?.after);
});
