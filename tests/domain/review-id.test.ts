import { describe, expect, it } from 'vitest';
import { checkReview } from '../../src/domain/backup/records';
import { RECORD_ID } from '../../src/domain/sync/validate';
import { timeOrderedId } from '../../src/domain/review-id';
import { createServices } from '../../src/app/services';
import { useFreshIndexedDb } from '../storage/helpers';

const T = Date.UTC(2026, 11, 2, 14, 0);
const UUID = '6f1c2a9e-0b7d-4c55-9a51-3d2f8e4b7c10';

describe('review ids', () => {
  it('sort by the time they were made, whatever their random part', () => {
    const times = [T + 86_400_000, T, T + 1, T + 999, Date.UTC(2031, 0, 1), Date.UTC(2020, 5, 5)];
    const ids = times.map((t, i) => timeOrderedId(t, i % 2 ? 'ffff' : '0000'));
    const byId = [...ids].sort();
    expect(byId.map((id) => times[ids.indexOf(id)])).toEqual([...times].sort((a, b) => a - b));
    expect(timeOrderedId(T, UUID)).toMatch(/^[0-9a-z]{9}-6f1c2a9e/);
  });

  it('are made with the clock\'s time by the app\'s services', () => {
    useFreshIndexedDb();
    const services = createServices({ events: { onBlocked: () => undefined, onVersionChange: () => undefined }, clock: { now: () => T, timezoneOffset: () => 0 } });
    expect(services.newId().slice(0, 10)).toBe(timeOrderedId(T, '').slice(0, 10));
    expect(services.newId()).not.toBe(services.newId());
  });

  it('pass the backup\'s and sync\'s id checks, as the old plain UUIDs still do', () => {
    for (const id of [timeOrderedId(T, UUID), UUID]) {
      expect(RECORD_ID.test(id)).toBe(true);
      const problems: unknown[] = [];
      const after = { cardId: 'act-001', due: T, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 1, lapses: 0, state: 1, lastReview: T };
      checkReview({ id, cardId: 'act-001', time: T, grade: 3, source: 'study', after }, 'reviews[0]', (p) => problems.push(p), { madeAt: T + 1, shipped: { deckIds: new Set(['actors']), cardIds: new Set(['act-001']) } });
      expect(problems).toEqual([]);
    }
  });
});
