import { describe, expect, it } from 'vitest';
import { generateQuiz, gradeAnswer, type WhichSideQuestion } from '../../../src/domain/quiz/index.ts';
import { basicCard, fixtureDeck, norm, rawDeck, SEEDS, tfCard } from './fixtures.ts';

const camps = {
  id: 'war-reactions',
  question: 'Which side did each state take when Israel struck Iran in June 2025?',
  sides: [
    { label: 'Condemned Israel', members: ['Armenia', 'Turkey', 'Pakistan'] },
    { label: 'Stayed largely neutral', members: ['Azerbaijan', 'Georgia'] },
  ],
  cards: ['ali-001', 'ali-002'],
  quote: 'Armenia, Turkey, and Pakistan condemned Israel',
};
const corridor = {
  id: 'corridor-camps',
  question: 'Who backs the Zangezur corridor, and who opposes it?',
  sides: [
    { label: 'Backs it', members: ['Baku', 'Ankara', 'a', 'b', 'c', 'd'] },
    { label: 'Opposes it', members: ['Tehran', 'Moscow (at times)'] },
  ],
  background: { date: '2025-08-08', citation: 'A citation' },
};
const deck = fixtureDeck(rawDeck('alignments', 'alignments', [
  { ...tfCard('ali-001'), core: true }, tfCard('ali-002'), tfCard('ali-003'),
  basicCard('ali-004', 'Which state stayed neutral?', 'Azerbaijan'),
], { sorts: [camps, corridor] }));
const sorts = deck.sorts!;

const whichSide = (seed: string | number) =>
  generateQuiz([deck], { seed, count: 10, kinds: ['which-side'] }).questions as WhichSideQuestion[];

describe('which-side questions', () => {
  it('asks one question per sort, named by deck and sort id, grading the cards the sort names', () => {
    const qs = whichSide(1);
    expect(qs.map((q) => q.id).sort()).toEqual(['which-side:alignments/corridor-camps', 'which-side:alignments/war-reactions']);
    const q = qs.find((x) => x.id.endsWith('war-reactions'))!;
    expect(q).toMatchObject({ kind: 'which-side', cardIds: ['ali-001', 'ali-002'], topic: 'alignments', core: true, prompt: camps.question });
    expect(q.sides).toEqual(['Condemned Israel', 'Stayed largely neutral']);
    expect(q.feedback).toEqual([{ explanation: expect.stringContaining('Condemned Israel: Armenia, Turkey, Pakistan'), source: { type: 'article', quote: camps.quote } }]);
  });

  it('puts each item on exactly one side, the right one, with two to four items per side', () => {
    for (const seed of SEEDS) {
      const qs = whichSide(seed);
      expect(qs, `seed ${String(seed)}: one question per sort`).toHaveLength(sorts.length);
      for (const q of qs) {
        const sort = sorts.find((s) => q.id.endsWith(`/${s.id}`))!;
        expect(new Set(q.items.map((i) => norm(i.text))).size).toBe(q.items.length);
        for (const item of q.items) {
          const on = sort.sides.map((s) => s.members.includes(item.text));
          expect(on.filter(Boolean)).toHaveLength(1);
          expect(on[item.side]).toBe(true);
        }
        for (const side of [0, 1] as const) {
          const n = q.items.filter((i) => i.side === side).length;
          expect(n).toBeGreaterThanOrEqual(2);
          expect(n).toBeLessThanOrEqual(4);
        }
      }
    }
  });

  it('varies the items and their order with the seed', () => {
    const shown = new Set(SEEDS.map((s) => whichSide(s).map((q) => q.items.map((i) => i.text).join('|')).join('/')));
    expect(shown.size).toBeGreaterThan(10);
  });

  it('is right only when every item is on its side, and grades the sort\'s cards with it', () => {
    const q = whichSide('g').find((x) => x.id.endsWith('war-reactions'))!;
    const right = q.items.map((i) => i.side);
    expect(gradeAnswer(q, right)).toEqual({
      correct: true, parts: right.map(() => true),
      perCard: [{ cardId: 'ali-001', correct: true }, { cardId: 'ali-002', correct: true }],
    });
    const oneWrong = right.map((s, i) => (i === 0 ? (1 - s) as 0 | 1 : s));
    const graded = gradeAnswer(q, oneWrong);
    expect(graded.correct).toBe(false);
    expect(graded.parts.filter((p) => !p)).toHaveLength(1);
    expect(graded.perCard.every((c) => !c.correct)).toBe(true);
    expect(gradeAnswer(q, right.map(() => null)).correct).toBe(false);
  });

  it('appears in a mixed quiz alongside single-card questions, without asking its cards twice', () => {
    const quiz = generateQuiz([deck], { seed: 'mixed', count: 10 });
    const kinds = quiz.questions.map((q) => q.kind);
    expect(kinds).toContain('which-side');
    const graded = quiz.questions.flatMap((q) => q.cardIds);
    expect(new Set(graded).size).toBe(graded.length);
  });
});
