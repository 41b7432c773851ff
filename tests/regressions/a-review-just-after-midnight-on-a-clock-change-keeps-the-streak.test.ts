/**
 * Days used to be stepped back in fixed 24-hour steps from today's midnight. On the Monday after
 * the autumn change (Berlin, 25 October 2026, a 25-hour day), 24 hours before Monday's midnight is
 * 01:00 on Sunday, so a review at 00:30 on Sunday counted for no day and the streak broke.
 */
import { afterEach, expect, it } from 'vitest';
import { startStudy } from '../../src/app/study';
import { loadToday } from '../../src/app/today';
import { loadProgress } from '../../src/app/progress';
import { testDeck, testServices } from '../app/fixtures';
import { berlin, berlinOffset } from '../domain/berlin-clock';

let services: ReturnType<typeof testServices>;
afterEach(() => services.database.close());

const rateOneAt = async (time: number) => {
  services.clock.set(time);
  await (await startStudy(services)).rate(4);
};

it('keeps the streak when a review falls at 00:30 on the day the clocks go back', async () => {
  services = testServices([testDeck('actors', ['act-001', 'act-002', 'act-003', 'act-004'])], { timezoneOffset: berlinOffset });
  await rateOneAt(berlin(2026, 10, 24, 12));
  await rateOneAt(berlin(2026, 10, 25, 0, 30));
  await rateOneAt(berlin(2026, 10, 26, 12));
  expect(await loadToday(services)).toMatchObject({ streak: 3, studiedToday: true });
  expect((await loadProgress(services)).streak).toBe(3);
});

it('does not count a Saturday-night review for the Sunday the clocks go forward', async () => {
  // 24 hours before Monday's midnight is 23:00 on Saturday: fixed steps took Saturday 23:30 for Sunday.
  services = testServices([testDeck('actors', ['act-001', 'act-002', 'act-003', 'act-004'])], { timezoneOffset: berlinOffset });
  await rateOneAt(berlin(2026, 3, 28, 23, 30));
  await rateOneAt(berlin(2026, 3, 30, 12));
  expect(await loadToday(services)).toMatchObject({ streak: 1, studiedToday: true });
});

it('puts each rating in its local day on the Progress calendar, the 23- and 25-hour days included', async () => {
  services = testServices([testDeck('actors', ['act-001', 'act-002', 'act-003', 'act-004'])], { timezoneOffset: berlinOffset });
  await rateOneAt(berlin(2026, 10, 25, 0, 30));
  await rateOneAt(berlin(2026, 10, 25, 23, 30));
  await rateOneAt(berlin(2026, 10, 26, 0, 30));
  const { activity } = await loadProgress(services);
  const last = activity.slice(-2);
  expect(last.map((d) => [d.key, d.study])).toEqual([['2026-10-25', 2], ['2026-10-26', 1]]);
  expect(last[1]!.day - last[0]!.day).toBe(25 * 3_600_000);
});
