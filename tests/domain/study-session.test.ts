import { describe, expect, it } from 'vitest';
import { afterChangeElsewhere, afterRating, currentItem, sessionProgress, startSession, undoLast } from '../../src/domain/study-session';
import { MINUTE, DAY } from '../../src/domain/interval';
import type { CardMemory } from '../../src/domain/memory';

const NOW = Date.UTC(2026, 2, 10, 12, 0, 0);
const after = (cardId: string, due: number): CardMemory => ({
  cardId, due, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 0, learningSteps: 1, reps: 1, lapses: 0, state: 1,
});

describe('a study session', () => {
  it('moves on after a rating and reports progress', () => {
    let s = startSession([{ cardId: 'a' }, { cardId: 'b' }]);
    expect(sessionProgress(s)).toBe(0);
    s = afterRating(s, after('a', NOW + 4 * DAY), NOW, 'r1');
    expect(currentItem(s)?.cardId).toBe('b');
    expect(sessionProgress(s)).toBe(0.5);
  });

  it('brings back a card that is due again within the session, at the end of the queue', () => {
    let s = startSession([{ cardId: 'a' }, { cardId: 'b' }]);
    s = afterRating(s, after('a', NOW + 10 * MINUTE), NOW, 'r1');
    expect(s.queue.map((q) => q.cardId)).toEqual(['b', 'a']);
    expect(s.queue[1]!.memory?.due).toBe(NOW + 10 * MINUTE);
  });

  it('undo puts the card back in front as it was and names the review to delete', () => {
    const first = { cardId: 'a' };
    let s = startSession([first, { cardId: 'b' }]);
    s = afterRating(s, after('a', NOW + 10 * MINUTE), NOW, 'r1');
    const undone = undoLast(s)!;
    expect(undone.reviewId).toBe('r1');
    expect(undone.state.queue).toEqual([first, { cardId: 'b' }]);
    expect(undone.state.history).toEqual([]);
  });

  it('has nothing to undo at the start', () => {
    expect(undoLast(startSession([{ cardId: 'a' }]))).toBeUndefined();
  });

  it('is complete when the queue is empty', () => {
    const s = afterRating(startSession([{ cardId: 'a' }]), after('a', NOW + DAY), NOW, 'r1');
    expect(currentItem(s)).toBeUndefined();
    expect(sessionProgress(s)).toBe(1);
  });

  describe('when a card of the session was rated elsewhere', () => {
    const queue = () => startSession([{ cardId: 'a' }, { cardId: 'b' }, { cardId: 'c' }]);

    it('moves on from the card in front when it is no longer due', () => {
      const s = afterChangeElsewhere(queue(), 'a', after('a', NOW + 4 * DAY), NOW);
      expect(s.queue.map((q) => q.cardId)).toEqual(['b', 'c']);
    });

    it('sends the card in front to the back, with its stored memory, when it is due again soon', () => {
      const s = afterChangeElsewhere(queue(), 'a', after('a', NOW + MINUTE), NOW);
      expect(s.queue.map((q) => q.cardId)).toEqual(['b', 'c', 'a']);
      expect(s.queue[2]!.memory?.due).toBe(NOW + MINUTE);
    });

    it('drops a later card that is no longer due and updates one that still is', () => {
      expect(afterChangeElsewhere(queue(), 'b', after('b', NOW + DAY), NOW).queue.map((q) => q.cardId)).toEqual(['a', 'c']);
      const kept = afterChangeElsewhere(queue(), 'c', after('c', NOW + MINUTE), NOW);
      expect(kept.queue.map((q) => q.cardId)).toEqual(['a', 'b', 'c']);
      expect(kept.queue[2]!.memory?.due).toBe(NOW + MINUTE);
    });

    it('leaves the session alone for a card it does not hold, and keeps its history', () => {
      const s = afterRating(queue(), after('a', NOW + DAY), NOW, 'r1');
      expect(afterChangeElsewhere(s, 'z', after('z', NOW), NOW)).toBe(s);
      expect(afterChangeElsewhere(s, 'b', after('b', NOW + DAY), NOW).history).toEqual(s.history);
    });
  });
});
