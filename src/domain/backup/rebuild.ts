/**
 * A backup's card memories, rebuilt from its review log before anything is restored or merged.
 *
 * Why rebuild rather than compare and refuse: a memory is derived data, FSRS's reading of the
 * card's ratings, and the log is the truth (DESIGN.md). A comparison would refuse a learner's own
 * file whenever memory and replay differ for an honest reason: the desired retention was changed
 * since (intervals already given were computed with the old one), or a ts-fsrs update refined its
 * formulas. Rebuilding accepts those files and still lets nothing forged through: whatever a file
 * says about due dates, stability, difficulty, reps or lapses, what is stored is what its ratings,
 * replayed in time order through FSRS, make of them. Only suspension, the learner's choice that no
 * rating records, is taken from the file (a true or false). The log rows' `before` and `after` are
 * rebuilt too, so an undo restores a replayed memory. A memory with no rating at all cannot be
 * rebuilt and is refused beforehand (records.ts, createRelationCheck). Fields this version does not
 * know are kept, as validation keeps them.
 */
import type { CardMemory } from '../memory';
import type { LoggedReview, ProgressData, Replay } from './merge';

export interface RebuiltProgress<D> {
  data: D;
  /** Cards whose memory, or a rating's record of it, the file gave otherwise than the replay. */
  recomputed: string[];
}

export const MEMORY_FIELDS = [
  'cardId', 'due', 'stability', 'difficulty', 'scheduledDays', 'learningSteps', 'reps', 'lapses', 'state', 'lastReview',
] as const satisfies readonly (keyof CardMemory)[];

const sameMemory = (a: CardMemory | undefined, b: CardMemory | undefined) =>
  a !== undefined && b !== undefined && MEMORY_FIELDS.every((k) => a[k] === b[k]) && (a.suspended === true) === (b.suspended === true);

/**
 * `replayed`, with the fields this version does not know kept from `stored` (in its key order, so a
 * file restored and exported again is the same text) and suspended exactly when `stored` was.
 */
export function rebuilt(replayed: CardMemory, stored: CardMemory | undefined): CardMemory {
  const { suspended: _, ...memory } = { ...stored, ...replayed } as CardMemory;
  return stored?.suspended === true ? { ...memory, suspended: true } : memory;
}

export function rebuildFromLog<D extends ProgressData>(data: D, replay: Replay): RebuiltProgress<D> {
  const logs = new Map<string, LoggedReview[]>();
  for (const review of data.reviews) {
    const log = logs.get(review.cardId);
    if (log) log.push(review);
    else logs.set(review.cardId, [review]);
  }
  const stored = new Map(data.memories.map((m) => [m.cardId, m]));
  const rows = new Map<string, LoggedReview>();
  const memories: CardMemory[] = [];
  const recomputed: string[] = [];
  for (const [cardId, log] of logs) {
    const ordered = [...log].sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const replayed = replay(cardId, ordered.map(({ time, grade }) => ({ time, grade })));
    let differs = false;
    ordered.forEach((row, i) => {
      const after = rebuilt(replayed[i]!, row.after);
      const previous = replayed[i - 1];
      const next: LoggedReview = { ...row, after };
      if (previous) next.before = rebuilt(previous, row.before);
      else delete next.before;
      differs ||= !sameMemory(after, row.after) || (previous ? !sameMemory(next.before, row.before) : row.before !== undefined);
      rows.set(row.id, next);
    });
    const memory = rebuilt(replayed.at(-1)!, stored.get(cardId));
    if (differs || !sameMemory(memory, stored.get(cardId))) recomputed.push(cardId);
    memories.push(memory);
  }
  // Memories keep the file's order (and rows theirs), so an honest file comes back unchanged.
  const order = new Map(data.memories.map((m, i) => [m.cardId, i]));
  memories.sort((a, b) => (order.get(a.cardId) ?? order.size) - (order.get(b.cardId) ?? order.size));
  return { data: { ...data, memories, reviews: data.reviews.map((r) => rows.get(r.id) ?? r) }, recomputed };
}
