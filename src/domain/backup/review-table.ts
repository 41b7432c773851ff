/**
 * A backup's review log kept compactly while the file is read, so a million ratings can be checked
 * and rebuilt without holding a million records: per row its card (as an index), time, grade, id,
 * and a fingerprint of the memories it stores. After the read, `replay` rates every card's rows in
 * time order through FSRS (as rebuild.ts does for a file held whole) and keeps the memory after each
 * row in typed arrays (about 55 bytes a row); the restore then rebuilds each record as the second
 * read hands it over (`rebuiltReview`, `rebuiltMemory`). The ids are kept as strings until the
 * replay has ordered the rows (a million of them take some 80 MB), then dropped unless a merge
 * needs them. Pure.
 */
import type { CardMemory, Grade, MemoryState } from '../memory';
import { isObject } from '../validation';
import type { Replay } from './merge';
import { MEMORY_FIELDS, rebuilt } from './rebuild';

/** A 32-bit fingerprint of a memory's scheduling fields (suspension aside, as sameMemory compares). */
function fingerprint(memory: unknown): number {
  if (!isObject(memory)) return 0;
  let h = 0x811c9dc5;
  for (const key of MEMORY_FIELDS) {
    const text = `${String(memory[key])},`;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  // 0 is kept for "no memory".
  return (h >>> 0) || 1;
}

const grow = <T extends Float64Array | Int32Array | Uint32Array | Uint8Array>(a: T, size: number): T => {
  if (size <= a.length) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.max(size, a.length * 2));
  next.set(a);
  return next;
};

export function createReviewTable() {
  let n = 0;
  let card = new Int32Array(1024);
  let time = new Float64Array(1024);
  let grade = new Uint8Array(1024);
  let afterPrint = new Uint32Array(1024);
  let beforePrint = new Uint32Array(1024);
  let ids: string[] | undefined = [];
  let ascending = true;
  const cards: string[] = [];
  const cardIndex = new Map<string, number>();
  const storedMemory = new Map<string, number>();
  const suspended = new Set<string>();
  let newest = -Infinity;

  // Filled by replay: the memory after each row, and the row before it of the same card (-1: none).
  let replayed: { f: Float64Array; i: Int32Array; state: Uint8Array; previous: Int32Array; last: Int32Array } | undefined;

  const indexOfCard = (cardId: string) => {
    let k = cardIndex.get(cardId);
    if (k === undefined) { k = cards.length; cards.push(cardId); cardIndex.set(cardId, k); }
    return k;
  };

  const memoryAt = (row: number): CardMemory => {
    const r = replayed!;
    const lastReview = r.f[row * 5 + 4]!;
    return {
      cardId: cards[card[row]!]!,
      due: r.f[row * 5]!,
      stability: r.f[row * 5 + 1]!,
      difficulty: r.f[row * 5 + 2]!,
      scheduledDays: r.f[row * 5 + 3]!,
      learningSteps: r.i[row * 3]!,
      reps: r.i[row * 3 + 1]!,
      lapses: r.i[row * 3 + 2]!,
      state: r.state[row]! as MemoryState,
      ...(Number.isNaN(lastReview) ? {} : { lastReview }),
    };
  };

  return {
    get size() { return n; },
    /** The newest rating's time, if there is one. */
    get newest(): number | undefined { return n > 0 && Number.isFinite(newest) ? newest : undefined; },
    /** How many cards the log rates. */
    get cardCount() { return cards.length; },
    /** One row, as read (already checked by its record check; a malformed one is kept as best it can be). */
    add(value: unknown) {
      const size = n + 1;
      card = grow(card, size); time = grow(time, size); grade = grow(grade, size);
      afterPrint = grow(afterPrint, size); beforePrint = grow(beforePrint, size);
      const r = isObject(value) ? value : {};
      card[n] = typeof r.cardId === 'string' ? indexOfCard(r.cardId) : -1;
      time[n] = typeof r.time === 'number' ? r.time : Number.NaN;
      if (time[n]! > newest) newest = time[n]!;
      grade[n] = typeof r.grade === 'number' ? r.grade : 0;
      afterPrint[n] = fingerprint(r.after);
      beforePrint[n] = r.before === undefined ? 0 : fingerprint(r.before);
      const id = typeof r.id === 'string' ? r.id : '';
      if (ids) {
        if (ascending && n > 0 && !(ids[n - 1]! < id)) ascending = false;
        ids.push(id);
      }
      n = size;
    },
    /** A memory of the file's memories store, to tell whether the replay reschedules its card. */
    memory(value: unknown) {
      if (!isObject(value) || typeof value.cardId !== 'string') return;
      storedMemory.set(value.cardId, fingerprint(value));
      if (value.suspended === true) suspended.add(value.cardId);
    },
    cardOf: (index: number): string | undefined => cards[card[index]!],
    /** Ids used twice: each later row with the first row that has its id, in row order. */
    repeats(report: (index: number, firstIndex: number, id: string) => void) {
      // A file from this app lists its log in key order, so its ids ascend and none can repeat.
      if (ascending || !ids) return;
      const order = Uint32Array.from({ length: n }, (_, i) => i);
      const all = ids;
      order.sort((a, b) => (all[a]! < all[b]! ? -1 : all[a]! > all[b]! ? 1 : a - b));
      const found: [number, number][] = [];
      for (let k = 1; k < n; k++) {
        const a = order[k - 1]!, b = order[k]!;
        if (all[a] === all[b] && all[b] !== '') {
          let first = k - 1;
          while (first > 0 && all[order[first - 1]!] === all[b]) first--;
          found.push([b, order[first]!]);
        }
      }
      found.sort((x, y) => x[0] - y[0]).forEach(([index, first]) => report(index, first, all[index]!));
    },
    /**
     * Rates each card's rows in time order (ties by id, as rebuild.ts orders them) and keeps every
     * memory; returns the cards whose file gave a memory, or a row's record of one, otherwise.
     */
    replay(replay: Replay, { keepIds }: { keepIds: boolean }): string[] {
      const all = ids!;
      const perCard = new Int32Array(cards.length + 1);
      for (let i = 0; i < n; i++) perCard[card[i]! + 1]! += 1;
      for (let k = 1; k <= cards.length; k++) perCard[k]! += perCard[k - 1]!;
      const order = new Uint32Array(n);
      const fill = perCard.slice();
      for (let i = 0; i < n; i++) order[fill[card[i]!]!++] = i;
      const f = new Float64Array(n * 5);
      const ints = new Int32Array(n * 3);
      const state = new Uint8Array(n);
      const previous = new Int32Array(n).fill(-1);
      const last = new Int32Array(cards.length).fill(-1);
      const recomputed: string[] = [];
      for (let k = 0; k < cards.length; k++) {
        const rows = order.subarray(perCard[k]!, perCard[k + 1]!);
        rows.sort((a, b) => time[a]! - time[b]! || (all[a]! < all[b]! ? -1 : all[a]! > all[b]! ? 1 : 0));
        const memories = replay(cards[k]!, Array.from(rows, (row) => ({ time: time[row]!, grade: grade[row]! as Grade })));
        let differs = false;
        rows.forEach((row, j) => {
          const m = memories[j]!;
          f.set([m.due, m.stability, m.difficulty, m.scheduledDays, m.lastReview ?? Number.NaN], row * 5);
          ints.set([m.learningSteps, m.reps, m.lapses], row * 3);
          state[row] = m.state;
          const print = fingerprint(m);
          if (print !== afterPrint[row]) differs = true;
          if (j > 0) {
            previous[row] = rows[j - 1]!;
            if (fingerprint(memories[j - 1]) !== beforePrint[row]) differs = true;
          } else if (beforePrint[row] !== 0) differs = true;
        });
        const lastRow = rows[rows.length - 1]!;
        last[k] = lastRow;
        if (differs || storedMemory.get(cards[k]!) !== fingerprint(memories[memories.length - 1])) recomputed.push(cards[k]!);
      }
      replayed = { f, i: ints, state, previous, last };
      if (!keepIds) ids = undefined;
      return recomputed;
    },
    /** A row as restored: its memories are the replay's, with the fields this version does not know kept. */
    rebuiltReview<R extends { after: CardMemory; before?: CardMemory }>(row: number, stored: R): R {
      const previous = replayed!.previous[row]!;
      const next: R = { ...stored, after: rebuilt(memoryAt(row), stored.after) };
      if (previous >= 0) next.before = rebuilt(memoryAt(previous), stored.before);
      else delete next.before;
      return next;
    },
    /** The memory a card is restored with: its last row's, suspended as the file's memory says. */
    rebuiltMemory(cardId: string, stored: CardMemory | undefined): CardMemory | undefined {
      const k = cardIndex.get(cardId);
      if (k === undefined || replayed!.last[k]! < 0) return undefined;
      return rebuilt(memoryAt(replayed!.last[k]!), stored);
    },
    /** A card's memory as the file restores it, known without its record: the replay, suspended as the file says. */
    theirMemory(cardId: string): CardMemory | undefined {
      return this.rebuiltMemory(cardId, suspended.has(cardId) ? { suspended: true } as CardMemory : undefined);
    },
    /** The cards the log rates whose memory the file does not have (they are restored from the replay alone). */
    cardsWithoutMemory: (): string[] => cards.filter((c) => !storedMemory.has(c)),
    /** The memory after `row` (for a merge, which replays again with what is here). */
    memoryAt,
    idOf: (row: number): string => ids![row]!,
    timeOf: (row: number): number => time[row]!,
    gradeOf: (row: number): Grade => grade[row]! as Grade,
    cardIndexOf: (row: number): number => card[row]!,
    cards: () => cards,
  };
}

export type ReviewTable = ReturnType<typeof createReviewTable>;
