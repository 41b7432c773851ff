/** Fixed quizzes with one question of every kind, written out so golden result codes do not move with deck content. */
import type { OrderQuestion, Question, Quiz } from '../../../src/domain/quiz/types.ts';

const base = { topic: 'corridors' as const, core: true };
const feedback = [{ explanation: 'Why.', source: { type: 'article' as const, quote: 'a quote' } }];
const places = [
  { id: 'azerbaijan', name: 'Azerbaijan' }, { id: 'nakhchivan', name: 'Nakhchivan' }, { id: 'armenia', name: 'Armenia' },
  { id: 'syunik', name: 'Syunik' }, { id: 'georgia', name: 'Georgia' }, { id: 'iran', name: 'Iran' },
  { id: 'turkey', name: 'Turkey' }, { id: 'russia', name: 'Russia' }, { id: 'caspian', name: 'Caspian Sea' },
];

export const GOLDEN_QUIZ: Quiz = {
  id: 'quiz-golden',
  spec: { seed: 'golden', count: 7 },
  decks: [{ id: 'corridors', version: 3 }],
  questions: [
    { ...base, id: 'choice:cor-001', kind: 'choice', cardIds: ['cor-001'], prompt: 'Who?', feedback, options: ['Iran', 'Turkey', 'Russia', 'Georgia'], answerIndex: 1 },
    { ...base, id: 'cloze:cor-002', kind: 'cloze', cardIds: ['cor-002'], prompt: 'Baku sells _____.', feedback, options: ['gas', 'grain', 'arms', 'tea'], answerIndex: 0 },
    { ...base, id: 'truefalse:cor-003', kind: 'truefalse', cardIds: ['cor-003'], prompt: 'Syunik borders Iran.', feedback, answer: true },
    {
      ...base, id: 'matching:cor-004+cor-005+cor-006+cor-007+cor-008', kind: 'matching', cardIds: ['cor-004', 'cor-005', 'cor-006', 'cor-007', 'cor-008'],
      prompt: 'Match them.', feedback,
      pairs: [
        { cardId: 'cor-004', left: 'A', right: 'a' }, { cardId: 'cor-005', left: 'B', right: 'b' }, { cardId: 'cor-006', left: 'C', right: 'c' },
        { cardId: 'cor-007', left: 'D', right: 'd' }, { cardId: 'cor-008', left: 'E', right: 'e' },
      ],
      rights: ['c', 'e', 'a', 'd', 'b'], answer: [2, 4, 0, 3, 1],
    },
    {
      ...base, id: 'which-side:corridors/routes', kind: 'which-side', cardIds: ['cor-009'], prompt: 'Which side?', feedback,
      sides: ['North', 'South'], items: [{ text: 'p', side: 0 }, { text: 'q', side: 1 }, { text: 'r', side: 1 }, { text: 's', side: 0 }, { text: 't', side: 1 }],
    },
    { ...base, id: 'tap-place:cor-010', kind: 'tap-place', cardIds: ['cor-010'], prompt: 'Tap Azerbaijan on the map.', feedback, places, answer: 'azerbaijan', alsoRight: ['nakhchivan'] },
    {
      ...base, id: 'which-route:cor-011', kind: 'which-route', cardIds: ['cor-011'], prompt: 'Which route is highlighted?', feedback,
      options: [
        { id: 'iran-north', name: 'Iran north' }, { id: 'zangezur', name: 'Zangezur' },
        { id: 'caspian-link', name: 'Caspian link' }, { id: 'southern-gas-corridor', name: 'Southern Gas Corridor' },
      ],
      answerIndex: 1,
    },
  ],
};

/** A "put in order" question: five steps shown c, a, d, b, e; the right order a, b, c, d, e. */
export const ORDER_QUESTION: OrderQuestion = {
  ...base, id: 'order:cor-012', kind: 'order', cardIds: ['cor-012'], prompt: 'Put the chain in order.', feedback,
  steps: ['c', 'a', 'd', 'b', 'e'], answer: [1, 3, 0, 2, 4],
};

/**
 * The order kind's own fixed quiz: GOLDEN_QUIZ is kept as it was, so its recorded codes still mean
 * what they did; these pin the codes of order answers from the kind's first version on.
 */
export const GOLDEN_ORDER_QUIZ: Quiz = {
  id: 'quiz-golden-order',
  spec: { seed: 'golden-order', count: 2 },
  decks: [{ id: 'corridors', version: 4 }],
  questions: [ORDER_QUESTION, { ...GOLDEN_QUIZ.questions[2]! }],
};

/** One question of every kind: a new kind adds its question here, and every test over kinds covers it. */
export const EVERY_KIND: Question[] = [...GOLDEN_QUIZ.questions, ORDER_QUESTION];
