import { describe, expect, it } from 'vitest';
import { LATER_TOPIC, type Deck, type DeckTopic } from '../../../src/domain/deck/types.ts';
import {
  BRIEFING_COUNT, briefingQuestions, briefingQuiz, createQuestionBank, questionForCard, SINGLE_KINDS,
} from '../../../src/domain/quiz/index.ts';
import { fixtureDeck, rawDeck, SEEDS, shippedDecks, tfCard } from './fixtures.ts';

const decks = shippedDecks();
const bank = createQuestionBank(decks);
const topics = [...new Set(decks.map((d) => d.topic))];
/** The cards of a topic that can be asked as a single-card question. */
const singles = (t: DeckTopic) => decks.filter((d) => d.topic === t).flatMap((d) => d.cards).filter((c) => questionForCard(bank, c.id, 0));
/** How many single-card questions each topic can give (counted once: it asks every card). */
const available = new Map(topics.map((t) => [t, singles(t).length]));
const countBy = <T>(xs: readonly T[], key: (x: T) => string) =>
  xs.reduce((m, x) => m.set(key(x), (m.get(key(x)) ?? 0) + 1), new Map<string, number>());

/** A topic of `core` core and `other` other true/false cards. */
const topicDeck = (id: string, topic: DeckTopic, prefix: string, core: number, other: number): Deck =>
  fixtureDeck(rawDeck(id, topic, Array.from({ length: core + other }, (_, i) => tfCard(`${prefix}-${String(i + 1).padStart(3, '0')}`, i < core))));

describe('the Briefing', () => {
  it('asks twelve single-card questions by default, only from the chosen topics', () => {
    const chosen = topics.slice(0, 2);
    expect(chosen.reduce((n, t) => n + available.get(t)!, 0), 'questions the two topics can give').toBeGreaterThanOrEqual(BRIEFING_COUNT);
    const qs = briefingQuestions(decks, { topics: chosen, seed: 'seminar' });
    expect(qs).toHaveLength(BRIEFING_COUNT);
    for (const q of qs) {
      expect(chosen).toContain(q.topic);
      expect(SINGLE_KINDS).toContain(q.kind);
    }
  });

  it('is balanced across the chosen topics', () => {
    // Every shipped topic can give more than its share, so none passes questions on to another.
    for (const t of topics) expect(available.get(t), t).toBeGreaterThan(BRIEFING_COUNT / topics.length);
    for (const seed of SEEDS.slice(0, 6)) {
      for (const count of [12, 10]) {
        const qs = briefingQuestions(decks, { topics, count, seed });
        const counts = countBy(qs, (q) => q.topic);
        const share = Math.floor(count / topics.length);
        for (const t of topics) {
          expect(counts.get(t) ?? 0, `${String(seed)} ${t}`).toBeGreaterThanOrEqual(share);
          expect(counts.get(t) ?? 0, `${String(seed)} ${t}`).toBeLessThanOrEqual(share + 1);
        }
      }
    }
  });

  it('lets a topic with too few questions pass its share on to the others', () => {
    const small = topicDeck('actors', 'actors', 'act', 0, 2);
    const big = topicDeck('corridors', 'corridors', 'cor', 0, 20);
    const qs = briefingQuestions([small, big], { topics: ['actors', 'corridors'], seed: 1 });
    expect(qs).toHaveLength(12);
    expect(countBy(qs, (q) => q.topic)).toEqual(new Map([['actors', 2], ['corridors', 10]]));
  });

  it('weights core cards: drawn well above their share of the deck', () => {
    const fixture = [topicDeck('actors', 'actors', 'act', 8, 24), topicDeck('corridors', 'corridors', 'cor', 8, 24), topicDeck('alignments', 'alignments', 'ali', 8, 24)];
    const drawn = SEEDS.slice(0, 20).flatMap((seed) => briefingQuestions(fixture, { topics: ['actors', 'corridors', 'alignments'], seed }));
    const coreShare = drawn.filter((q) => q.core).length / drawn.length;
    expect(coreShare).toBeGreaterThan(0.4); // a quarter of the cards; core weight 3 makes it about half
  });

  it('weights core cards in the shipped decks too', () => {
    // Within each topic, more core cards than a draw blind to `core` would give.
    const base = new Map(topics.map((t) => [t, singles(t).filter((c) => c.core).length / Math.max(1, singles(t).length)]));
    // Weighting shows only where a topic has both core and other cards, more than its share. Every
    // topic of the article has; the deck of what happened after it is background only, never core.
    const weighable = topics.filter((t) => base.get(t)! > 0 && base.get(t)! < 1 && available.get(t)! > BRIEFING_COUNT / topics.length);
    expect(weighable, 'topics with core and other cards').toEqual(topics.filter((t) => t !== LATER_TOPIC));
    expect(base.get(LATER_TOPIC), 'core cards after the article').toBe(0);
    const drawn = SEEDS.slice(0, 10).flatMap((seed) => briefingQuestions(decks, { topics, seed }));
    const blind = drawn.reduce((sum, q) => sum + base.get(q.topic)!, 0);
    const core = drawn.filter((q) => q.core).length;
    expect(core).toBeGreaterThan(blind * 1.3); // about 1.6 times on ten seeds; core weight 3
  });

  it('is the same Briefing for the same seed, and a whole quiz with an id when asked for one', () => {
    const a = briefingQuestions(decks, { topics, seed: 7 });
    expect(briefingQuestions([...decks].reverse(), { topics: [...topics].reverse(), seed: 7 })).toEqual(a);
    const quiz = briefingQuiz(decks, { seed: 7, count: 12, topics });
    expect(quiz.questions).toEqual(a);
    expect(quiz.spec.mode).toBe('briefing');
  });
});
