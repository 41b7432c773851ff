import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../src/domain/scheduler';
import { gradeForAnswer, MemoryState } from '../../src/domain/memory';
import { DAY, MINUTE } from '../../src/domain/interval';

const NOW = Date.UTC(2026, 0, 5, 9, 0, 0);
const scheduler = createScheduler({ desiredRetention: 0.9, fuzz: false });

describe('scheduling with FSRS-6', () => {
  it('gives a new card the short learning steps for Again, Hard and Good, and days for Easy', () => {
    const preview = scheduler.preview(undefined, 'act-001', NOW);
    expect(preview[1].intervalMs).toBe(1 * MINUTE);
    expect(preview[2].intervalMs).toBe(6 * MINUTE);
    expect(preview[3].intervalMs).toBe(10 * MINUTE);
    expect(preview[4].intervalMs).toBeGreaterThanOrEqual(1 * DAY);
    expect(preview[4].after.state).toBe(MemoryState.Review);
  });

  it('orders the four intervals Again < Hard < Good < Easy for a card in review', () => {
    const learnt = scheduler.rate(undefined, 'c', NOW, 4).after;
    const later = learnt.due;
    const p = scheduler.preview(learnt, 'c', later);
    expect(p[1].intervalMs).toBeLessThan(p[2].intervalMs);
    expect(p[2].intervalMs).toBeLessThan(p[3].intervalMs);
    expect(p[3].intervalMs).toBeLessThan(p[4].intervalMs);
  });

  it('saves no elapsed days, which ts-fsrs drops in 6.0, and schedules a memory saved with them exactly the same', () => {
    const learnt = scheduler.rate(undefined, 'c', NOW, 3).after;
    expect('elapsedDays' in learnt).toBe(false);
    const savedByAnOlderVersion = { ...learnt, elapsedDays: 17 };
    expect(scheduler.rate(savedByAnOlderVersion, 'c', NOW + 3 * DAY, 3)).toEqual(scheduler.rate(learnt, 'c', NOW + 3 * DAY, 3));
    expect(scheduler.preview(savedByAnOlderVersion, 'c', NOW + 3 * DAY)).toEqual(scheduler.preview(learnt, 'c', NOW + 3 * DAY));
  });

  it('counts a lapse when a review card is forgotten', () => {
    const learnt = scheduler.rate(undefined, 'c', NOW, 4).after;
    const forgotten = scheduler.rate(learnt, 'c', learnt.due, 1).after;
    expect(forgotten.lapses).toBe(1);
    expect(forgotten.state).toBe(MemoryState.Relearning);
    expect(forgotten.reps).toBe(2);
  });

  it('is deterministic with fuzz off, and keeps the card id and epoch-millisecond times', () => {
    const a = scheduler.rate(undefined, 'act-009', NOW, 3);
    const b = scheduler.rate(undefined, 'act-009', NOW, 3);
    expect(a).toEqual(b);
    expect(a.after.cardId).toBe('act-009');
    expect(a.after.lastReview).toBe(NOW);
    expect(a.after.due).toBe(NOW + 10 * MINUTE);
  });

  it('schedules further out when the desired retention is lower', () => {
    const learnt = scheduler.rate(undefined, 'c', NOW, 3).after;
    const relaxed = createScheduler({ desiredRetention: 0.8, fuzz: false });
    const strict = createScheduler({ desiredRetention: 0.95, fuzz: false });
    const at = learnt.due;
    const good = (s: typeof scheduler) => s.rate(s.rate(learnt, 'c', at, 3).after, 'c', at + 20 * DAY, 3).intervalMs;
    expect(good(relaxed)).toBeGreaterThan(good(strict));
  });

  it('refuses a desired retention outside what FSRS can use', () => {
    expect(() => createScheduler({ desiredRetention: 1.2, fuzz: false })).toThrow(/between 0.70 and 0.99/);
  });

  it('grades a wrong quiz answer Again and a right one Good, never Hard', () => {
    expect(gradeForAnswer(false)).toBe(1);
    expect(gradeForAnswer(true)).toBe(3);
  });
});

describe('leeches', () => {
  it('suspends a card on its eighth lapse, and keeps a suspended card suspended', () => {
    let memory = scheduler.rate(undefined, 'c', NOW, 4).after;
    let t = memory.due;
    for (let lapse = 1; lapse <= 8; lapse++) {
      memory = scheduler.rate(memory, 'c', t, 1).after; // forgotten
      expect(memory.lapses).toBe(lapse);
      expect(memory.suspended ?? false).toBe(lapse === 8);
      t = memory.due;
      memory = scheduler.rate(memory, 'c', t, 4).after; // relearnt, back in review
      t = memory.due;
    }
    expect(memory.suspended).toBe(true);
  });

  it('does not suspend again a card that was unsuspended after becoming a leech', () => {
    const leech = { ...scheduler.rate(undefined, 'c', NOW, 4).after, lapses: 8 };
    const next = scheduler.rate(leech, 'c', leech.due, 1).after;
    expect(next.lapses).toBe(9);
    expect(next.suspended).toBeUndefined();
  });
});
