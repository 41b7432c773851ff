import { describe, expect, it } from 'vitest';
import { latestStamp, mergeClassSession, mergeQuizResult } from '../../../src/domain/sync/merge';
import type { SettingStamp } from '../../../src/domain/sync/documents';
import { restamp } from '../../../src/domain/sync/settings';
import { EARLIEST_TIME } from '../../../src/domain/sync/validate';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';

const T0 = Date.UTC(2026, 4, 4);

/** Every order of merging gives one result, and merging again changes nothing. */
function expectJoin<T>(merge: (a: T | undefined, b: T) => T, values: T[]) {
  const all = (order: T[]) => order.reduce<T | undefined>((acc, v) => merge(acc, v), undefined);
  const expected = JSON.stringify(all(values));
  expect(JSON.stringify(all([...values].reverse()))).toBe(expected);
  expect(JSON.stringify(all([values[1]!, ...values, values[0]!]))).toBe(expected);
}

describe('merging the records that change', () => {
  it('takes the latest stamp of a setting, the device id breaking ties, in any order', () => {
    const stamps: SettingStamp[] = [
      { value: 10, updatedAt: T0, device: 'b' }, { value: 12, updatedAt: T0 + 1, device: 'a' }, { value: 14, updatedAt: T0 + 1, device: 'c' },
    ];
    expectJoin(latestStamp, stamps);
    expect(stamps.reduce<SettingStamp | undefined>((a, s) => latestStamp(a, s), undefined)?.value).toBe(14);
  });

  it('keeps the quiz result that went furthest', () => {
    const answer = { questionId: 'q', correct: true, cardIds: [], missedCardIds: [], answeredAt: T0 };
    const partial = { id: 'q1', answers: [answer] };
    const finished = { id: 'q1', answers: [answer, answer], finishedAt: T0 + 5 };
    expect(mergeQuizResult(finished, partial)).toBe(finished);
    expectJoin(mergeQuizResult, [partial, finished, { id: 'q1', answers: [] }]);
  });

  it('unites a class session\'s students by result code, in the order they were added', () => {
    const session = (students: { name: string; code: string; addedAt: number }[]) => ({ id: 'c1', title: 'Monday', students });
    const a = session([{ name: 'Ana', code: 'A', addedAt: T0 }, { name: 'Ben', code: 'B', addedAt: T0 + 2 }]);
    const b = session([{ name: 'Cem', code: 'C', addedAt: T0 + 1 }, { name: 'Ana', code: 'A', addedAt: T0 }]);
    expect(mergeClassSession(a, b).students.map((s) => s.name)).toEqual(['Ana', 'Cem', 'Ben']);
    expectJoin(mergeClassSession, [a, b]);
  });
});

describe('stamping settings', () => {
  it('stamps a fresh device\'s defaults as old as can be, so they never overwrite a choice made elsewhere', () => {
    const stamps = restamp({ ...DEFAULT_SETTINGS, newCardsPerDay: 7 }, {}, T0, 'dev');
    expect(stamps?.newCardsPerDay).toEqual({ value: 7, updatedAt: T0, device: 'dev' });
    expect(stamps?.theme).toEqual({ value: 'system', updatedAt: EARLIEST_TIME, device: 'dev' });
    expect(restamp({ ...DEFAULT_SETTINGS, newCardsPerDay: 7 }, stamps!, T0 + 5, 'dev')).toBeUndefined();
    expect(restamp({ ...DEFAULT_SETTINGS, theme: 'dark' }, stamps!, T0 + 9, 'dev')?.theme).toEqual({ value: 'dark', updatedAt: T0 + 9, device: 'dev' });
  });
});
