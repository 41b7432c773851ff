/**
 * The budgets from DESIGN.md ("Budgets", measured by `npm run bench`) and the project issue
 * "Benchmarks and budgets". A timing is judged on its median unless the budget names a percentile.
 */
import { FIRST_LOAD_BUDGET_BYTES } from '../shared/size';

export const BUDGETS = {
  firstLoadGzipBytes: FIRST_LOAD_BUDGET_BYTES,
  /** Lighthouse mobile: performance, accessibility and best practices, each. */
  lighthouseScore: 100,
  /** Time to first card on an offline reload (median). */
  firstCardMs: 200,
  /** 10,000 cards with 1,000,000 review-log rows: open → first card (median). */
  openToFirstCardAtScaleMs: 500,
  /** One rating committed, p95. */
  ratingP95Ms: 10,
  /** Generating a quiz (median). */
  quizMs: 20,
} as const;
