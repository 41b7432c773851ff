/** Shared test data for the classroom: the shipped decks, seeded random responses, a small fixed quiz. */
import { fileURLToPath } from 'node:url';
import { loadDecks } from '../../../scripts/deck-loader.ts';
import type { ClassroomSpec } from '../../../src/domain/classroom/index.ts';
import type { Deck } from '../../../src/domain/deck/types.ts';
import type { Quiz } from '../../../src/domain/quiz/types.ts';

export const DECKS_DIR = fileURLToPath(new URL('../../../decks', import.meta.url));

export function shippedDecks(): Deck[] {
  const { decks } = loadDecks(DECKS_DIR);
  if (decks.length === 0) throw new Error(`no valid decks in ${DECKS_DIR}`);
  return decks;
}

/** A spec over the given decks. */
export const specFor = (decks: readonly Deck[], over: Partial<ClassroomSpec> = {}): ClassroomSpec => ({
  v: 1, title: 'Class 7B — the South Caucasus', decks: decks.map((d) => ({ id: d.id, version: d.version })),
  seed: 'k3j9x2', count: 20, secondsPerQuestion: 30, ...over,
});

export { randomResponse, rightResponse } from '../quiz/responses.ts';

const base = { topic: 'actors' as const, core: false };
const feedback = (explanation: string) => [{ explanation, source: { type: 'article' as const, quote: 'a quote' } }];

/** Four questions, one of each shape, written out so the figures in tests are plain to check. */
export const SMALL_QUIZ: Quiz = {
  id: 'quiz-small',
  spec: { seed: 'small', count: 4 },
  decks: [{ id: 'actors', version: 1 }],
  questions: [
    {
      ...base, id: 'choice:act-001', kind: 'choice', cardIds: ['act-001'], prompt: 'Who chairs ECO?', feedback: feedback('ECO rotates.'),
      options: ['Iran', 'Turkey', 'Pakistan', 'Azerbaijan'], answerIndex: 2,
    },
    { ...base, id: 'truefalse:act-002', kind: 'truefalse', cardIds: ['act-002'], prompt: 'Baku buys Israeli arms.', feedback: feedback('It does.'), answer: true },
    {
      ...base, id: 'matching:act-003+act-004+act-005+act-006', kind: 'matching', cardIds: ['act-003', 'act-004', 'act-005', 'act-006'],
      prompt: 'Match each question to its answer.', feedback: [...feedback('One.'), ...feedback('Two.')],
      pairs: [
        { cardId: 'act-003', left: 'A', right: 'a' }, { cardId: 'act-004', left: 'B', right: 'b' },
        { cardId: 'act-005', left: 'C', right: 'c' }, { cardId: 'act-006', left: 'D', right: 'd' },
      ],
      rights: ['b', 'c', 'd', 'a'], answer: [3, 0, 1, 2],
    },
    {
      ...base, id: 'which-side:actors/camps', kind: 'which-side', cardIds: [], prompt: 'Which side?', feedback: feedback('Camps.'),
      sides: ['Left', 'Right'], items: [{ text: 'x', side: 0 }, { text: 'y', side: 1 }, { text: 'z', side: 1 }, { text: 'w', side: 0 }],
    },
  ],
};
