/**
 * The Briefing: a short self-test before a discussion. Single-card questions only (so every miss
 * points at one card and its topic's talking points), the count split evenly across the chosen
 * topics (a topic with too few questions passes its share on), and within a topic `core: true`
 * cards drawn CORE_WEIGHT times as often as the others. About one question in MAP_SHARE is a map
 * question (each grades one key card of a place or route), drawn first and counted in its topic's share.
 */
import type { Deck, DeckTopic } from '../deck/types.ts';
import { arrange, askedDecks, makeQuiz, normalizeSpec, topicOrder } from './arrange.ts';
import { createQuestionBank } from './bank.ts';
import { SINGLE_KINDS } from './kinds/index.ts';
import { mapQuestions, MAP_SHARE } from './map-questions.ts';
import { singleQuestion } from './questions.ts';
import { createRng, randomInt, type Rng } from './rng.ts';
import type { Question, QuestionKind, Quiz, QuizSpec } from './types.ts';

export const BRIEFING_COUNT = 12;
export const CORE_WEIGHT = 3;

export interface BriefingOptions {
  /** The topics of the discussion; all topics of the given decks when empty. */
  topics: DeckTopic[];
  /** 12 by default. */
  count?: number;
  seed: string | number;
}

/** The Briefing's questions: mixed across `topics`, balanced between them, weighted toward core cards. */
export function briefingQuestions(decks: readonly Deck[], options: BriefingOptions): Question[] {
  return briefingQuiz(decks, { mode: 'briefing', ...options, count: options.count ?? BRIEFING_COUNT }).questions;
}

/** The Briefing as a whole quiz (id, spec, deck versions), e.g. to score it or share it. */
export function briefingQuiz(decks: readonly Deck[], spec: QuizSpec): Quiz {
  const normal = normalizeSpec({ ...spec, mode: 'briefing' });
  const bank = createQuestionBank(decks);
  const seed = String(normal.seed);
  const kinds = new Set<QuestionKind>((normal.kinds ?? SINGLE_KINDS).filter((k) => SINGLE_KINDS.includes(k)));
  const asked = askedDecks(bank.decks, normal);

  const pools = new Map<DeckTopic, Question[]>();
  for (const deck of asked) {
    for (const card of deck.cards) {
      const q = singleQuestion(bank.cards.get(card.id)!, bank, createRng(seed, 'options', card.id), 0);
      if (q && kinds.has(q.kind)) pools.set(deck.topic, [...(pools.get(deck.topic) ?? []), q]);
    }
  }

  const rng = createRng(seed, 'briefing');
  const order = topicOrder(pools.keys(), rng);
  const chosen: Question[] = [];
  const taken = new Set<string>();
  const keep = (q: Question) => { chosen.push(q); q.cardIds.forEach((c) => taken.add(c)); };
  // Map questions first (their cards are then not asked again), from their own seeded stream so
  // that a briefing without them draws as it always did.
  const maps: Question[] = mapQuestions(bank, asked, kinds, seed).flat().filter((q) => pools.has(q.topic));
  const mapRng = createRng(seed, 'briefing-map');
  for (let k = 0; k < Math.floor(normal.count / MAP_SHARE); k++) {
    // Each place or route once, by the first of its variants whose card is free.
    const free = maps.filter((m, i) => m.cardIds.every((c) => !taken.has(c)) && maps.findIndex((x) => x.id === m.id && x.cardIds.every((c) => !taken.has(c))) === i);
    const q = drawWeighted(free, mapRng);
    if (!q) break;
    keep(q);
    for (let i = maps.length - 1; i >= 0; i--) if (maps[i]!.id === q.id) maps.splice(i, 1);
  }
  const draw = (topic: DeckTopic) => {
    const pool = pools.get(topic) ?? [];
    let q = drawWeighted(pool, rng);
    while (q && q.cardIds.some((c) => taken.has(c))) q = drawWeighted(pool, rng);
    if (q) keep(q);
    return q !== undefined;
  };
  // Each topic its even share first (the first topics in the seeded order get the remainder) …
  order.forEach((topic, i) => {
    const share = Math.floor(normal.count / order.length) + (i < normal.count % order.length ? 1 : 0);
    for (let k = chosen.filter((q) => q.topic === topic).length; k < share && draw(topic); k++);
  });
  // … then whatever a short topic could not fill, from the others in turn.
  let progress = true;
  while (chosen.length < normal.count && progress) {
    progress = false;
    for (const topic of order) if (chosen.length < normal.count && draw(topic)) progress = true;
  }
  return makeQuiz(normal, bank.decks, arrange(chosen, seed));
}

/** Removes and returns one question, core ones CORE_WEIGHT times as likely (exact integer draw). */
function drawWeighted(pool: Question[], rng: Rng): Question | undefined {
  const weight = (q: Question) => (q.core ? CORE_WEIGHT : 1);
  const total = pool.reduce((sum, q) => sum + weight(q), 0);
  if (total === 0) return undefined;
  let r = randomInt(rng, total);
  const index = pool.findIndex((q) => (r -= weight(q)) < 0);
  return pool.splice(index, 1)[0];
}
