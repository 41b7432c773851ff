import { describe, expect, it } from 'vitest';
import { buildStudyQueue, countDeck, LEARN_AHEAD_MS, startOfDay } from '../../src/domain/study-queue';
import type { CardMemory } from '../../src/domain/memory';

const NOW = Date.UTC(2026, 2, 10, 12, 0, 0);
const memory = (cardId: string, due: number): CardMemory => ({
  cardId, due, stability: 3, difficulty: 5, elapsedDays: 0, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, state: 2,
});

describe('the study queue', () => {
  it('puts due cards first, most overdue first, then new cards in deck order up to the allowance', () => {
    const queue = buildStudyQueue({
      cardIds: ['a', 'b', 'c', 'd', 'e', 'f'],
      due: [memory('b', NOW - 1000), memory('a', NOW - 5000)],
      seen: new Set(['a', 'b']),
      newAllowance: 2,
      now: NOW,
    });
    expect(queue.map((q) => q.cardId)).toEqual(['a', 'b', 'c', 'd']);
    expect(queue[0]!.memory?.cardId).toBe('a');
    expect(queue[2]!.memory).toBeUndefined();
  });

  it('leaves out cards of decks not chosen, and cards due later than the learn-ahead window', () => {
    const queue = buildStudyQueue({
      cardIds: ['a'],
      due: [memory('a', NOW + LEARN_AHEAD_MS + 1), memory('x', NOW - 1)],
      seen: new Set(['a', 'x']),
      newAllowance: 20,
      now: NOW,
    });
    expect(queue).toEqual([]);
  });

  it('leaves suspended cards (leeches) out of the queue and the counts', () => {
    const leech = { ...memory('a', NOW - 1), suspended: true };
    expect(buildStudyQueue({ cardIds: ['a'], due: [leech], seen: new Set(['a']), newAllowance: 5, now: NOW })).toEqual([]);
    expect(countDeck(['a'], [leech], new Set(['a']), 5, NOW)).toEqual({ due: 0, new: 0 });
  });

  it('stops at the daily review limit, but always shows cards still being learnt', () => {
    const learning = { ...memory('l', NOW - 1), state: 1 as const };
    const queue = buildStudyQueue({
      cardIds: ['a', 'b', 'c', 'l'],
      due: [memory('a', NOW - 3), memory('b', NOW - 2), memory('c', NOW - 1), learning],
      seen: new Set(['a', 'b', 'c', 'l']),
      newAllowance: 0,
      reviewAllowance: 2,
      now: NOW,
    });
    expect(queue.map((q) => q.cardId)).toEqual(['a', 'b', 'l']);
  });

  it('offers no new cards once the day\'s allowance is used up', () => {
    const queue = buildStudyQueue({ cardIds: ['a', 'b'], due: [], seen: new Set(), newAllowance: -3, now: NOW });
    expect(queue).toEqual([]);
  });

  it('counts a deck\'s due and new cards for Today', () => {
    expect(countDeck(['a', 'b', 'c'], [memory('a', NOW), memory('z', NOW)], new Set(['a', 'z']), 1, NOW)).toEqual({ due: 1, new: 1 });
  });
});

describe('the day boundary', () => {
  it('is local midnight, whatever the time zone', () => {
    // 00:30 on 10 March in UTC+2 is 22:30 on 9 March in UTC.
    const t = Date.UTC(2026, 2, 9, 22, 30);
    expect(startOfDay(t, -120)).toBe(Date.UTC(2026, 2, 9, 22, 0));
    expect(startOfDay(t, 0)).toBe(Date.UTC(2026, 2, 9, 0, 0));
    expect(startOfDay(t, 300)).toBe(Date.UTC(2026, 2, 9, 5, 0));
  });
});
