/**
 * Merging a backup into what is here, store by store as the store table says: review logs and
 * other lists are united by key, settings stay this device's, and each card's memory is rebuilt
 * from the merged log. The review log is the truth (see DESIGN.md): a memory is only what its
 * ratings, replayed in time order through FSRS, make of it. Pure: replaying is a parameter.
 */
import { LEECH_LAPSES, type CardMemory, type Grade } from '../memory';
import type { StoreTable } from './format';

/** The fields of a review-log row a merge needs. */
export interface LoggedReview {
  id: string;
  cardId: string;
  time: number;
  grade: Grade;
  before?: CardMemory;
  after: CardMemory;
}

export interface ProgressData {
  memories: CardMemory[];
  reviews: LoggedReview[];
}

/** The memory after each of a card's ratings, rated from new in the order given. */
export type Replay = (cardId: string, ratings: readonly { time: number; grade: Grade }[]) => CardMemory[];

export interface MergeResult<D> {
  data: D;
  /** Records the file added, store by store. */
  added: Record<string, number>;
  /** Cards whose memory was rebuilt because both sides had ratings the other lacked. */
  rebuilt: string[];
}

export function mergeBackups<D extends ProgressData>(table: StoreTable, here: D, file: D, replay: Replay): MergeResult<D> {
  const out: Record<string, unknown> = {};
  const added: Record<string, number> = {};
  const own = here as unknown as Record<string, unknown>;
  const theirs = file as unknown as Record<string, unknown>;
  for (const [name, spec] of Object.entries(table)) {
    if (spec.shape === 'single') { out[name] = own[name]; continue; }
    if (spec.merge === 'rebuilt') continue;
    const mine = (own[name] ?? []) as Record<string, unknown>[];
    const keys = new Set(mine.map((r) => r[spec.key]));
    const extra = ((theirs[name] ?? []) as Record<string, unknown>[]).filter((r) => !keys.has(r[spec.key]));
    out[name] = [...mine, ...extra];
    added[name] = extra.length;
  }
  const reviews = out.reviews as LoggedReview[];
  const progress = rebuildMemories(here, file, reviews, replay);
  out.reviews = progress.reviews;
  out.memories = progress.memories;
  added.memories = progress.memories.length - here.memories.length;
  return { data: out as unknown as D, added, rebuilt: progress.rebuilt };
}

/**
 * Each card's memory for the merged log. Where one side's log of a card already holds the
 * other's, that side's memory stands as it is; only a card both sides rated apart is replayed, and
 * its log rows get the replayed memories as `before`/`after`, so undo and later merges stay true.
 */
function rebuildMemories(here: ProgressData, file: ProgressData, merged: LoggedReview[], replay: Replay) {
  const ids = (reviews: LoggedReview[]) => new Set(reviews.map((r) => r.id));
  const hereIds = ids(here.reviews);
  const fileIds = ids(file.reviews);
  const hereMemory = new Map(here.memories.map((m) => [m.cardId, m]));
  const fileMemory = new Map(file.memories.map((m) => [m.cardId, m]));
  const logs = new Map<string, LoggedReview[]>();
  for (const review of merged) {
    const log = logs.get(review.cardId);
    if (log) log.push(review);
    else logs.set(review.cardId, [review]);
  }

  const memories: CardMemory[] = [];
  const rewritten = new Map<string, LoggedReview>();
  const rebuilt: string[] = [];
  const cardIds = new Set([...hereMemory.keys(), ...fileMemory.keys(), ...logs.keys()]);
  for (const cardId of cardIds) {
    const mine = hereMemory.get(cardId);
    const theirs = fileMemory.get(cardId);
    const log = logs.get(cardId) ?? [];
    const takeMine = log.every((r) => hereIds.has(r.id));
    const takeTheirs = !takeMine && log.every((r) => fileIds.has(r.id));
    if (takeMine && (mine ?? theirs)) { memories.push((mine ?? theirs)!); continue; }
    if (takeTheirs && theirs) { memories.push(theirs); continue; }

    const ordered = [...log].sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const replayed = replay(cardId, ordered.map(({ time, grade }) => ({ time, grade })));
    const last = replayed.at(-1);
    if (!last) continue;
    const memory = withSuspension(last, mine, theirs);
    ordered.forEach((review, i) => {
      const before = replayed[i - 1];
      const { before: _, ...rest } = review;
      rewritten.set(review.id, { ...rest, after: i === ordered.length - 1 ? memory : replayed[i]!, ...(before ? { before } : {}) });
    });
    memories.push(memory);
    rebuilt.push(cardId);
  }
  return { memories, reviews: merged.map((r) => rewritten.get(r.id) ?? r), rebuilt };
}

/**
 * Suspension is the learner's choice and is not in the log (unsuspending leaves no row), so a
 * replay cannot know it: keep this device's choice (the file's for a card new here), and suspend
 * only when the merged history first makes the card a leech.
 */
export function withSuspension(replayed: CardMemory, mine: CardMemory | undefined, theirs: CardMemory | undefined): CardMemory {
  const { suspended: _, ...memory } = replayed;
  const lapsesSeen = Math.max(mine?.lapses ?? 0, theirs?.lapses ?? 0);
  const suspended = (mine ?? theirs)?.suspended === true || (memory.lapses >= LEECH_LAPSES && lapsesSeen < LEECH_LAPSES);
  return suspended ? { ...memory, suspended: true } : memory;
}
