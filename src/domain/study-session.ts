/**
 * The flow of one study session as pure state transitions: the card in front, what was reviewed,
 * learning cards coming back later in the session, and undo. Storage and time stay outside.
 */
import { LEARN_AHEAD_MS, type QueueItem } from './study-queue';
import type { CardMemory } from './memory';

export interface SessionStep {
  item: QueueItem;
  reviewId: string;
  /** Whether the card went back into the queue because it is due again within the session. */
  requeued: boolean;
}

export interface SessionState {
  queue: QueueItem[];
  history: SessionStep[];
}

export const startSession = (queue: QueueItem[]): SessionState => ({ queue, history: [] });

export const currentItem = (s: SessionState): QueueItem | undefined => s.queue[0];

/** Share of the session done, 0–1, counting cards that came back as more work. */
export function sessionProgress(s: SessionState): number {
  const total = s.history.length + s.queue.length;
  return total === 0 ? 1 : s.history.length / total;
}

/** After the front card is rated: it leaves the queue, or goes to the back if due again soon. */
export function afterRating(s: SessionState, after: CardMemory, now: number, reviewId: string): SessionState {
  const [item, ...rest] = s.queue;
  if (!item) return s;
  const requeued = after.due <= now + LEARN_AHEAD_MS;
  return {
    queue: requeued ? [...rest, { cardId: item.cardId, memory: after }] : rest,
    history: [...s.history, { item, reviewId, requeued }],
  };
}

/** Undo the last rating: the card returns to the front as it was. Returns the review to delete. */
export function undoLast(s: SessionState): { state: SessionState; reviewId: string } | undefined {
  const last = s.history.at(-1);
  if (!last) return undefined;
  let queue = s.queue;
  if (last.requeued) {
    const at = queue.map((q) => q.cardId).lastIndexOf(last.item.cardId);
    queue = queue.filter((_, i) => i !== at);
  }
  return { state: { queue: [last.item, ...queue], history: s.history.slice(0, -1) }, reviewId: last.reviewId };
}

/**
 * A card of this session was rated (or a rating undone) elsewhere — another tab, a quiz — and now
 * has `memory` (absent: new again). Its items take the stored memory; one that is no longer due
 * leaves the queue. If it was the card in front, the session moves on: the learner is not asked
 * again about a card just rated, unless it is due again within the session (then it goes last).
 */
export function afterChangeElsewhere(s: SessionState, cardId: string, memory: CardMemory | undefined, now: number): SessionState {
  if (!s.queue.some((q) => q.cardId === cardId)) return s;
  const stillDue = memory === undefined || (!memory.suspended && memory.due <= now + LEARN_AHEAD_MS);
  const updated: QueueItem = { cardId, ...(memory ? { memory } : {}) };
  const [front, ...rest] = s.queue;
  const others = rest.filter((q) => q.cardId !== cardId);
  const inRest = rest.length !== others.length;
  const queue = front?.cardId === cardId
    ? [...others, ...(stillDue ? [updated] : [])]
    : [front!, ...(stillDue && inRest ? rest.map((q) => (q.cardId === cardId ? updated : q)) : others)];
  return { ...s, queue };
}
