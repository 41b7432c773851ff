/**
 * Writing ratings. A rating is scheduled from the card's memory as it is stored at the moment of
 * writing, read inside the same write transaction: another tab (or a quiz) may have rated the card
 * since this screen read it, and scheduling from the screen's copy would overwrite that rating's
 * memory and store a log row whose `before` is wrong (a lost update).
 */
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { OffsetOf } from '../domain/calendar';
import type { CardMemory } from '../domain/memory';
import type { ReviewRecord } from '../domain/records';
import { updateSummaries } from './day-summaries';
import type { FaultlinesSchema } from './schema';

/** Builds the review row from the memory the card has when it is written (absent for a new card). */
export interface RatingPlan {
  cardId: string;
  review(before: CardMemory | undefined): ReviewRecord;
}

type Store<Stores extends ArrayLike<StoreNames<FaultlinesSchema>>, Name extends StoreNames<FaultlinesSchema>> =
  IDBPObjectStore<FaultlinesSchema, Stores, Name, 'readwrite'>;

/**
 * Reads each card's current memory, builds its review row and writes row and memory, and counts the
 * rows in their days' summaries, all in the one transaction the three stores belong to.
 * Plans run one after another, so two plans for one card chain. `review` must be synchronous: an
 * await on anything but this transaction's requests would let it commit early.
 */
export async function writeRatings<Stores extends ArrayLike<StoreNames<FaultlinesSchema>>>(
  memories: Store<Stores, 'memories'>, reviews: Store<Stores, 'reviews'>, days: Store<Stores, 'days'>, offsetOf: OffsetOf,
  plans: readonly RatingPlan[],
): Promise<ReviewRecord[]> {
  const written: ReviewRecord[] = [];
  for (const plan of plans) {
    const review = plan.review(await memories.get(plan.cardId));
    await Promise.all([memories.put(review.after), reviews.add(review)]);
    written.push(review);
  }
  await updateSummaries(days, offsetOf, { addedRatings: written });
  return written;
}

/**
 * Whether `memory` is still the one `review` produced: no rating of the card came after it. The
 * last review time and the repetition count say so; a flag such as `suspended` may differ.
 */
export const isLatestRating = (memory: CardMemory | undefined, review: ReviewRecord): boolean =>
  memory !== undefined && memory.lastReview === review.after.lastReview && memory.reps === review.after.reps;
