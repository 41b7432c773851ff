/**
 * generateQuiz: the same decks and spec give the same quiz on every device.
 *
 * About one question in five is a group question (matching or which-side), the rest ask one card
 * each; both are taken from the topics in turn, so a mixed quiz is balanced across topics. No card
 * is asked twice in one quiz. Cards that have no four-option form (no three like-for-like
 * distractors, or no answer kind) are the first to be grouped into matching questions. About one
 * question in MAP_SHARE is a map question (tap-place, which-route) when the decks hold key cards of
 * the map's places and routes: within a topic, the third single-card question and every MAP_SHARE-th
 * after it, so the topics stay balanced.
 */
import type { Card, Deck, DeckTopic } from '../deck/types.ts';
import { arrange, askedDecks, interleave, makeQuiz, newTaken, normalizeSpec, takeBalanced } from './arrange.ts';
import { createQuestionBank } from './bank.ts';
import { briefingQuiz } from './briefing.ts';
import { SINGLE_KINDS } from './kinds/index.ts';
import { mapQuestions, withMapQuestions } from './map-questions.ts';
import { answerMatchings, perspectiveMatchings } from './matching.ts';
import { singleQuestion } from './questions.ts';
import { createRng, shuffle } from './rng.ts';
import { QUESTION_KINDS, type Question, type QuestionKind, type Quiz, type QuizSpec } from './types.ts';
import { whichSideQuestion } from './which-side.ts';

/** One question in GROUP_SHARE is a matching or which-side question, when the decks allow. */
export const GROUP_SHARE = 5;

export function generateQuiz(decks: readonly Deck[], spec: QuizSpec): Quiz {
  const normal = normalizeSpec(spec);
  if (normal.mode === 'briefing') return briefingQuiz(decks, normal);
  const bank = createQuestionBank(decks);
  const seed = String(normal.seed);
  const kinds = new Set<QuestionKind>(normal.kinds ?? QUESTION_KINDS);

  const singles = new Map<DeckTopic, Question[]>();
  const groups = new Map<DeckTopic, Question[]>();
  const add = (map: Map<DeckTopic, Question[]>, topic: DeckTopic, qs: Question[]) => map.set(topic, [...(map.get(topic) ?? []), ...qs]);

  const asked = askedDecks(bank.decks, normal);
  for (const topic of new Set(asked.map((d) => d.topic))) {
    const rng = createRng(seed, 'groups', topic);
    const decks = asked.filter((d) => d.topic === topic);
    const cards = decks.flatMap((d) => d.cards);
    const unasked: Card[] = [];
    const askable: Card[] = [];
    const topicSingles: Question[] = [];
    for (const card of cards) {
      const q = singleQuestion(bank.cards.get(card.id)!, bank, createRng(seed, 'options', card.id), 0);
      if (q && kinds.has(q.kind)) topicSingles.push(q);
      if (card.kind === 'basic' || card.kind === 'cloze') (q && kinds.has(q.kind) ? askable : unasked).push(card);
    }
    const maps = mapQuestions(bank, decks, kinds, seed);
    add(singles, topic, withMapQuestions(shuffle(createRng(seed, 'singles', topic), topicSingles), maps));

    const sorts = kinds.has('which-side')
      ? shuffle(rng, decks.flatMap((d) => (d.sorts ?? []).map((s) => whichSideQuestion(d, s, seed)))) : [];
    const perspectives = kinds.has('matching')
      ? perspectiveMatchings(shuffle(rng, cards.filter((c) => c.kind === 'perspective')), topic, rng) : [];
    const answers = kinds.has('matching')
      ? answerMatchings([...shuffle(rng, unasked), ...shuffle(rng, askable)], topic, rng) : [];
    add(groups, topic, interleave<Question>([sorts, perspectives, answers], rng));
  }

  const groupKinds = [...kinds].some((k) => !SINGLE_KINDS.includes(k));
  const singleKinds = [...kinds].some((k) => SINGLE_KINDS.includes(k));
  const groupTarget = !groupKinds ? 0 : !singleKinds ? normal.count : Math.floor(normal.count / GROUP_SHARE);

  const taken = newTaken();
  const pick = createRng(seed, 'pick');
  const chosen = takeBalanced(groups, groupTarget, taken, pick);
  chosen.push(...takeBalanced(singles, normal.count - chosen.length, taken, pick));
  if (chosen.length < normal.count) chosen.push(...takeBalanced(groups, normal.count - chosen.length, taken, pick));
  return makeQuiz(normal, bank.decks, arrange(chosen, seed));
}
