/**
 * What to study now: due cards first (most overdue first), then new cards in deck order up to the
 * day's allowance. Pure: the caller supplies the memories it read from the due index and the time.
 */
import { MemoryState, type CardMemory } from './memory';
import { MINUTE } from './interval';

/** As in Anki: learning cards due within this window are shown now rather than making the learner wait. */
export const LEARN_AHEAD_MS = 20 * MINUTE;

export interface QueueInput {
  /** Card ids in study order, only those the learner chose (e.g. one deck, or all decks). */
  cardIds: readonly string[];
  /** Memories of cards that are due at or before `now + LEARN_AHEAD_MS` (from the due index). */
  due: readonly CardMemory[];
  /** Ids that have any memory at all: they are not new. */
  seen: ReadonlySet<string>;
  /** New cards still allowed today (daily limit minus those introduced today). */
  newAllowance: number;
  /** Reviews of learnt cards still allowed today; cards in (re)learning are not limited. */
  reviewAllowance?: number;
  now: number;
}

export interface QueueItem {
  cardId: string;
  memory?: CardMemory;
}

export function buildStudyQueue({ cardIds, due, seen, newAllowance, reviewAllowance = Infinity, now }: QueueInput): QueueItem[] {
  const chosen = new Set(cardIds);
  let reviewsLeft = reviewAllowance;
  const dueNow = due
    .filter((m) => chosen.has(m.cardId) && !m.suspended && m.due <= now + LEARN_AHEAD_MS)
    .sort((a, b) => a.due - b.due || a.cardId.localeCompare(b.cardId))
    .filter((m) => m.state !== MemoryState.Review || reviewsLeft-- > 0)
    .map((memory) => ({ cardId: memory.cardId, memory }));
  const fresh = cardIds
    .filter((id) => !seen.has(id))
    .slice(0, Math.max(0, newAllowance))
    .map((cardId) => ({ cardId }));
  return [...dueNow, ...fresh];
}

/** Counts for the Today screen: cards due now and new cards available, per deck. */
export function countDeck(
  cardIds: readonly string[], due: readonly CardMemory[], seen: ReadonlySet<string>, newAllowance: number, now: number,
): { due: number; new: number } {
  const ids = new Set(cardIds);
  const dueCount = due.filter((m) => ids.has(m.cardId) && !m.suspended && m.due <= now).length;
  const unseen = cardIds.reduce((n, id) => n + (seen.has(id) ? 0 : 1), 0);
  return { due: dueCount, new: Math.min(unseen, Math.max(0, newAllowance)) };
}

/** Start of the local day containing `now`, given the offset the caller's clock reports. */
export function startOfDay(now: number, timezoneOffsetMinutes: number): number {
  const local = now - timezoneOffsetMinutes * MINUTE;
  return now - (((local % 86_400_000) + 86_400_000) % 86_400_000);
}
