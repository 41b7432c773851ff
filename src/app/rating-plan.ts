/** A rating as the study and quiz use cases ask storage to write it: scheduled from the stored memory. */
import type { Scheduler } from '../domain/scheduler';
import type { Grade } from '../domain/memory';
import type { ReviewSource } from '../domain/records';
import type { RatingPlan } from '../storage';

export interface RatingRequest {
  id: string;
  cardId: string;
  time: number;
  grade: Grade;
  source: ReviewSource;
}

export function planRating(scheduler: Scheduler, { id, cardId, time, grade, source }: RatingRequest): RatingPlan {
  return {
    cardId,
    review: (before) => ({
      id, cardId, time, grade, source, after: scheduler.rate(before, cardId, time, grade).after, ...(before ? { before } : {}),
    }),
  };
}
