/** The collection the scale bench builds: DESIGN.md's "10,000 cards with 1,000,000 review-log rows". */
export const SHAPE = {
  cards: 10_000,
  decks: 10,
  reviews: 1_000_000,
  /** The log spans this many days, every one of them studied (1,000 ratings a day), today included. */
  days: 1_000,
  /** Cards never rated: they are the new cards. */
  unseen: 500,
  /** Seen cards due now: the due queue. */
  dueNow: 200,
} as const;

export type Shape = typeof SHAPE;
