/**
 * Putting chosen questions into a quiz: balancing topics, a seeded order, right answers spread
 * evenly over the four positions, and the quiz id.
 */
import { TOPICS, type Deck, type DeckTopic } from '../deck/types.ts';
import { OPTION_COUNT, withAnswerAt } from './questions.ts';
import { byText, createRng, hashString, shuffle, type Rng } from './rng.ts';
import { QUESTION_KINDS, type Question, type Quiz, type QuizSpec } from './types.ts';

/** Cards and question ids already in the quiz: no card is asked (or graded) twice in one quiz. */
export interface Taken {
  cards: Set<string>;
  ids: Set<string>;
}

export const newTaken = (): Taken => ({ cards: new Set(), ids: new Set() });

const fits = (q: Question, taken: Taken) => !taken.ids.has(q.id) && q.cardIds.every((c) => !taken.cards.has(c));

function take(q: Question, taken: Taken): void {
  taken.ids.add(q.id);
  for (const c of q.cardIds) taken.cards.add(c);
}

/** Every deck topic in a fixed order, so a seeded order of topics does not depend on the input's. */
const ALL_TOPICS: readonly DeckTopic[] = [...TOPICS, 'custom'];

/** The topics present, in a seeded order (who goes first when the count does not divide evenly). */
export function topicOrder(topics: Iterable<DeckTopic>, rng: Rng): DeckTopic[] {
  const present = new Set(topics);
  const others = [...present].filter((t) => !ALL_TOPICS.includes(t)).sort(byText);
  return shuffle(rng, [...ALL_TOPICS.filter((t) => present.has(t)), ...others]);
}

/**
 * Up to `n` questions, one topic after the other in turn, each topic's questions in their given
 * order; skips any that shares a card with one already taken.
 */
export function takeBalanced(byTopic: ReadonlyMap<DeckTopic, readonly Question[]>, n: number, taken: Taken, rng: Rng): Question[] {
  const order = topicOrder(byTopic.keys(), rng);
  const next = new Map<DeckTopic, number>(order.map((t) => [t, 0]));
  const out: Question[] = [];
  let progress = true;
  while (out.length < n && progress) {
    progress = false;
    for (const topic of order) {
      if (out.length >= n) break;
      const list = byTopic.get(topic) ?? [];
      let i = next.get(topic) ?? 0;
      while (i < list.length && !fits(list[i]!, taken)) i++;
      const q = list[i];
      next.set(topic, i + 1);
      if (q) { take(q, taken); out.push(q); progress = true; }
    }
  }
  return out;
}

/** Round-robin over several lists (each in its own order), starting with a seeded one. */
export function interleave<T>(lists: readonly (readonly T[])[], rng: Rng): T[] {
  const order = shuffle(rng, lists);
  const out: T[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) for (const list of order) if (i < list.length) out.push(list[i]!);
  return out;
}

/**
 * The final order (seeded), and each four-option question's right answer placed so that the
 * positions are used evenly: every run of four such questions uses each position once, in a
 * seeded order.
 */
export function arrange(questions: readonly Question[], seed: string): Question[] {
  const ordered = shuffle(createRng(seed, 'order'), questions);
  const rng = createRng(seed, 'positions');
  let block: number[] = [];
  return ordered.map((q) => {
    if (q.kind !== 'choice' && q.kind !== 'cloze') return q;
    if (block.length === 0) block = shuffle(rng, Array.from({ length: OPTION_COUNT }, (_, i) => i));
    return withAnswerAt(q, block.shift()!);
  });
}

/** The spec with its lists sorted and deduplicated (an empty list is no filter), so equal specs look equal. */
export function normalizeSpec(spec: QuizSpec): QuizSpec {
  if (!(typeof spec.seed === 'string' || (typeof spec.seed === 'number' && Number.isFinite(spec.seed)))) {
    throw new TypeError(`quiz seed must be a string or a finite number, got ${String(spec.seed)}`);
  }
  if (!Number.isInteger(spec.count) || spec.count < 1) {
    throw new RangeError(`quiz count must be a whole number of at least 1, got ${String(spec.count)}`);
  }
  const sorted = <T extends string>(list: readonly T[] | undefined, order?: readonly T[]) =>
    list === undefined || list.length === 0 ? undefined
      : order ? order.filter((x) => list.includes(x)) : [...new Set(list)].sort(byText);
  const topics = sorted(spec.topics);
  const deckIds = sorted(spec.deckIds);
  const kinds = sorted(spec.kinds, QUESTION_KINDS);
  const cardIds = sorted(spec.cardIds);
  return {
    seed: spec.seed,
    count: spec.count,
    ...(spec.mode && spec.mode !== 'quiz' ? { mode: spec.mode } : {}),
    ...(topics ? { topics } : {}),
    ...(deckIds ? { deckIds } : {}),
    ...(kinds ? { kinds } : {}),
    ...(cardIds ? { cardIds } : {}),
  };
}

/**
 * The decks a spec asks from (topics and deck ids narrow them down), each with only the cards and
 * sorts it may ask when the spec names cards; a deck left with no card to ask is dropped.
 */
export function askedDecks(decks: readonly Deck[], spec: QuizSpec): Deck[] {
  const picked = decks.filter((d) => (!spec.topics || spec.topics.includes(d.topic)) && (!spec.deckIds || spec.deckIds.includes(d.id)));
  if (!spec.cardIds || spec.cardIds.length === 0) return picked;
  const only = new Set(spec.cardIds);
  return picked.flatMap((deck) => {
    const { sorts: allSorts, ...rest } = deck;
    const cards = deck.cards.filter((c) => only.has(c.id));
    // A sort grades the cards it names: ask it only when all of them are asked (and it names some).
    const sorts = (allSorts ?? []).filter((s) => (s.cards ?? []).length > 0 && s.cards!.every((c) => only.has(c)));
    return cards.length === 0 ? [] : [{ ...rest, cards, ...(sorts.length > 0 ? { sorts } : {}) }];
  });
}

export function makeQuiz(spec: QuizSpec, decks: readonly Deck[], questions: Question[]): Quiz {
  const versions = decks.map((d) => ({ id: d.id, version: d.version }));
  // cardIds joins the key only when set, so the ids of quizzes without it stay what they were.
  const key = JSON.stringify([
    spec.mode ?? 'quiz', String(spec.seed), spec.count, spec.topics ?? null, spec.deckIds ?? null, spec.kinds ?? null, versions,
    ...(spec.cardIds ? [spec.cardIds] : []),
  ]);
  return { id: `quiz-${hashString(key).toString(36)}`, spec, decks: versions, questions };
}
