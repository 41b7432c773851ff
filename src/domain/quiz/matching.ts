/**
 * Matching questions of four or five pairs, built within one topic:
 * - short answers: a basic or cloze card's prompt ↔ its answer;
 * - perspectives ("who frames it how"): "<who> — <the card's prompt>" ↔ that side's view. A
 *   perspective card brings all its views, so two cards of two views make one question; a card
 *   that cannot be completed to four or five views with others of its topic is not asked.
 * No two answers in one question may be the same or contain each other, and no two prompts may be
 * the same, so every left text has exactly one right text.
 */
import type { Card, DeckTopic } from '../deck/types.ts';
import { cardFeedback } from './questions.ts';
import { byText, shuffle, type Rng } from './rng.ts';
import { answersOverlap, normalizeText } from './same-answer.ts';
import type { MatchPair, MatchingQuestion } from './types.ts';

export const MIN_PAIRS = 4;
export const MAX_PAIRS = 5;

export const ANSWER_MATCHING_PROMPT = 'Match each question to its answer.';
export const PERSPECTIVE_MATCHING_PROMPT = 'Who frames it how? Match each side to its view.';

/** Prompt ↔ answer questions from `cards`, in the given order of preference. */
export function answerMatchings(cards: readonly Card[], topic: DeckTopic, rng: Rng): MatchingQuestion[] {
  const fits = (set: Card[], c: Card) => set.every((m) =>
    !answersOverlap(m.answer, c.answer) && normalizeText(m.prompt) !== normalizeText(c.prompt));
  return groupCards(cards, rng, () => 1, fits).map((set) =>
    matchingQuestion(set, set.map((c) => ({ cardId: c.id, left: c.prompt, right: c.answer })), topic, ANSWER_MATCHING_PROMPT, rng));
}

/** "Who frames it how" questions from perspective cards, in the given order of preference. */
export function perspectiveMatchings(cards: readonly Card[], topic: DeckTopic, rng: Rng): MatchingQuestion[] {
  const pairsOf = (c: Card): MatchPair[] =>
    (c.views ?? []).map((v) => ({ cardId: c.id, left: `${v.who} — ${c.prompt}`, right: v.view }));
  const fits = (set: Card[], c: Card) => {
    const texts = set.flatMap(pairsOf);
    return pairsOf(c).every((p) => texts.every((t) =>
      normalizeText(t.left) !== normalizeText(p.left) && normalizeText(t.right) !== normalizeText(p.right)));
  };
  const usable = cards.filter((c) => {
    const pairs = pairsOf(c);
    // A card whose own views repeat a side or a view cannot be matched unambiguously.
    return new Set(pairs.map((p) => normalizeText(p.left))).size === pairs.length
      && new Set(pairs.map((p) => normalizeText(p.right))).size === pairs.length;
  });
  return groupCards(usable, rng, (c) => c.views?.length ?? 0, fits).map((set) =>
    matchingQuestion(set, set.flatMap(pairsOf), topic, PERSPECTIVE_MATCHING_PROMPT, rng));
}

/**
 * Greedy grouping in order of preference: each group collects cards that fit together until it
 * holds MIN_PAIRS–MAX_PAIRS pairs (a seeded target of 4 or 5); leftovers too few for a group are dropped.
 */
function groupCards(
  cards: readonly Card[], rng: Rng, size: (c: Card) => number, fits: (set: Card[], c: Card) => boolean,
): Card[][] {
  const groups: Card[][] = [];
  let remaining = cards.filter((c) => size(c) >= 1 && size(c) <= MAX_PAIRS);
  while (remaining.length > 0) {
    const target = rng() < 0.5 ? MIN_PAIRS : MAX_PAIRS;
    const set: Card[] = [];
    let pairs = 0;
    const rest: Card[] = [];
    for (const c of remaining) {
      if (pairs < target && pairs + size(c) <= MAX_PAIRS && fits(set, c)) { set.push(c); pairs += size(c); }
      else rest.push(c);
    }
    if (pairs < MIN_PAIRS) break;
    groups.push(set);
    remaining = rest;
  }
  return groups;
}

function matchingQuestion(cards: Card[], pairs: MatchPair[], topic: DeckTopic, prompt: string, rng: Rng): MatchingQuestion {
  const shown = shuffle(rng, pairs);
  let rights = shuffle(rng, shown.map((p) => p.right));
  // Rights in the same order as lefts would hand the answer over by position.
  if (rights.every((r, i) => r === shown[i]!.right)) rights = [...rights.slice(1), rights[0]!];
  const cardIds = cards.map((c) => c.id).sort(byText);
  return {
    id: `matching:${cardIds.join('+')}`,
    kind: 'matching',
    cardIds,
    topic,
    core: cards.some((c) => c.core === true),
    prompt,
    // Each card's explanation under its question, so a reader knows which pairs it explains (the pairs themselves are marked above).
    feedback: cards.map((c) => ({ ...cardFeedback(c), about: c.prompt })),
    pairs: shown,
    rights,
    answer: shown.map((p) => rights.indexOf(p.right)),
  };
}
