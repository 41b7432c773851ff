import { describe, expect, it } from 'vitest';
import { PLACES, ROUTES } from '../../../src/domain/map/index.ts';
import {
  briefingQuestions, generateQuiz, gradeAnswer, MAP_KINDS, type Question, type TapPlaceQuestion, type WhichRouteQuestion,
} from '../../../src/domain/quiz/index.ts';
import { fixtureDeck, rawDeck, SEEDS, shippedDecks, tfCard } from './fixtures.ts';

const decks = shippedDecks();
const isMap = (q: Question) => MAP_KINDS.includes(q.kind);
const cardIdsOf = (qs: readonly Question[]) => qs.flatMap((q) => q.cardIds);

describe('map questions', () => {
  it('are the same for the same seed and decks, and one per place and route at most', () => {
    const spec = { seed: 'map', count: 30, kinds: [...MAP_KINDS] };
    const quiz = generateQuiz(decks, spec);
    expect(generateQuiz([...decks].reverse(), spec)).toEqual(quiz);
    expect(quiz.questions.every(isMap)).toBe(true);
    expect(quiz.questions).toHaveLength(PLACES.length + ROUTES.length);
    expect(new Set(quiz.questions.map((q) => q.id)).size).toBe(quiz.questions.length);
    expect(new Set(cardIdsOf(quiz.questions)).size).toBe(quiz.questions.length);
  });

  it('ask where a place is, among every place of the map, and grade one of its key cards', () => {
    const quiz = generateQuiz(decks, { seed: 'tap', count: 30, kinds: ['tap-place'] });
    const nakhchivan = quiz.questions.find((q) => q.id === 'tap-place:nakhchivan') as TapPlaceQuestion;
    expect(nakhchivan).toMatchObject({ kind: 'tap-place', prompt: 'Tap Nakhchivan on the map.', answer: 'nakhchivan', cardIds: ['cor-001'], topic: 'corridors' });
    expect(nakhchivan.places.map((p) => p.id).sort()).toEqual(PLACES.map((p) => p.id).sort());
    const caspian = quiz.questions.find((q) => q.id === 'tap-place:caspian')!;
    expect(caspian.prompt).toBe('Tap the Caspian Sea on the map.');
  });

  it('explain with the card they grade, saying that card\'s own question and answer first (Iran is asked through cor-025)', () => {
    const quiz = generateQuiz(decks, { seed: 'tap', count: 30, kinds: [...MAP_KINDS] });
    for (const q of quiz.questions) {
      const card = decks.flatMap((d) => d.cards).find((c) => c.id === q.cardIds[0])!;
      expect(q.feedback).toHaveLength(1);
      expect(q.feedback[0]).toMatchObject({ cardId: card.id, explanation: card.explanation });
      expect(q.feedback[0]!.about).toContain(card.prompt);
    }
    const iran = quiz.questions.find((q) => q.id === 'tap-place:iran')!;
    expect(iran.feedback[0]!.about).toBe('The card behind this question: Which alternative route for linking mainland Azerbaijan with Nakhchivan does Iran favour? The Aras corridor, through Iranian territory');
  });

  it('grade a tap: the place or a region of it is right; another place, nonsense or no answer is wrong', () => {
    const quiz = generateQuiz(decks, { seed: 'tap', count: 30, kinds: ['tap-place'] });
    const q = (id: string) => quiz.questions.find((x) => x.id === `tap-place:${id}`) as TapPlaceQuestion;
    expect(gradeAnswer(q('nakhchivan'), 'nakhchivan')).toEqual({ correct: true, perCard: [{ cardId: 'cor-001', correct: true }], parts: [true] });
    expect(gradeAnswer(q('nakhchivan'), 'azerbaijan').correct).toBe(false);
    expect(gradeAnswer(q('azerbaijan'), 'nakhchivan').correct).toBe(true);
    expect(gradeAnswer(q('armenia'), 'syunik').correct).toBe(true);
    expect(gradeAnswer(q('syunik'), 'armenia').correct).toBe(false);
    expect(gradeAnswer(q('syunik'), null)).toMatchObject({ correct: false, perCard: [{ cardId: 'cor-002', correct: false }] });
    expect(gradeAnswer(q('syunik'), 3 as unknown as string).correct).toBe(false);
  });

  it('ask which route is highlighted, with the four routes as options, and grade the chosen index', () => {
    const quiz = generateQuiz(decks, { seed: 'route', count: 30, kinds: ['which-route'] });
    expect(quiz.questions).toHaveLength(ROUTES.length);
    for (const q of quiz.questions as WhichRouteQuestion[]) {
      expect(q.options.map((o) => o.id).sort()).toEqual(ROUTES.map((r) => r.id).sort());
      expect(q.id).toBe(`which-route:${q.options[q.answerIndex]!.id}`);
      expect(gradeAnswer(q, q.answerIndex).correct).toBe(true);
      expect(gradeAnswer(q, (q.answerIndex + 1) % 4).correct).toBe(false);
    }
    const zangezur = quiz.questions.find((q) => q.id === 'which-route:zangezur') as WhichRouteQuestion;
    expect(zangezur.options[zangezur.answerIndex]!.name).toBe('Zangezur corridor (proposed route through Syunik)');
  });

  it('come into mixed quizzes at a modest rate, never asking a card twice', () => {
    let withMaps = 0;
    for (const seed of SEEDS.slice(0, 20)) {
      const quiz = generateQuiz(decks, { seed, count: 20 });
      const maps = quiz.questions.filter(isMap).length;
      if (maps > 0) withMaps++;
      expect(maps, String(seed)).toBeLessThanOrEqual(4);
      expect(new Set(cardIdsOf(quiz.questions)).size, String(seed)).toBe(cardIdsOf(quiz.questions).length);
    }
    expect(withMaps).toBeGreaterThanOrEqual(15);
    // A corridors quiz of ten has one.
    expect(generateQuiz(decks, { seed: 'c', count: 10, topics: ['corridors'] }).questions.filter(isMap).length).toBeGreaterThanOrEqual(1);
  });

  it('are left out when the decks hold no key card of the map, or the kinds exclude them', () => {
    const deck = fixtureDeck(rawDeck('plain', 'actors', Array.from({ length: 30 }, (_, i) => tfCard(`pln-${String(i + 1).padStart(3, '0')}`))));
    expect(generateQuiz([deck], { seed: 1, count: 20 }).questions.some(isMap)).toBe(false);
    expect(generateQuiz(decks, { seed: 1, count: 40, kinds: ['choice', 'truefalse'] }).questions.some(isMap)).toBe(false);
  });

  it('come into the Briefing, one in twelve, without asking their card twice', () => {
    let seen = 0;
    for (const seed of SEEDS.slice(0, 10)) {
      const qs = briefingQuestions(decks, { topics: [], seed });
      expect(qs).toHaveLength(12);
      const maps = qs.filter(isMap);
      expect(maps.length).toBeLessThanOrEqual(1);
      seen += maps.length;
      expect(new Set(cardIdsOf(qs)).size).toBe(12);
    }
    expect(seen).toBeGreaterThanOrEqual(8);
  });
});
