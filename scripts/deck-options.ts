/**
 * Every option the quiz can put before a learner, card by card: `npm run decks:options` prints it,
 * decks/options.lock pins it, and a test fails when the two differ, so a new or changed wrong option
 * is always a reviewed change (as decks/ids.lock makes a vanished id one). Options are collected by
 * asking each card as the quiz asks it (questionForCard, the same seeded stream as generateQuiz and
 * the Briefing) on OPTION_SEEDS seeds; each wrong option is marked "written" or with its pool.
 */
import type { Deck } from '../src/domain/deck/types.ts';
import { createQuestionBank, questionForCard } from '../src/domain/quiz/index.ts';

/** Enough seeds that every combination of a card's reviewed options comes up (a pool of six gives 20). */
export const OPTION_SEEDS = 200;

export interface CardOptions {
  cardId: string;
  deckId: string;
  kind: 'choice' | 'cloze';
  prompt: string;
  answer: string;
  answerKind?: string;
  /** Every wrong option seen, in text order, with where it comes from. */
  wrong: { text: string; from: string }[];
}

export function listOptions(decks: readonly Deck[], seeds = OPTION_SEEDS): CardOptions[] {
  const bank = createQuestionBank(decks);
  const out: CardOptions[] = [];
  for (const deck of decks) {
    for (const card of [...deck.cards].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      const seen = new Map<string, string>();
      let kind: CardOptions['kind'] | undefined;
      for (let seed = 0; seed < seeds; seed++) {
        const q = questionForCard(bank, card.id, seed);
        if (!q || (q.kind !== 'choice' && q.kind !== 'cloze')) continue;
        kind = q.kind;
        q.options.forEach((o, i) => {
          if (i !== q.answerIndex && !seen.has(o)) seen.set(o, card.distractors?.includes(o) ? 'written' : `pool ${card.pool ?? '?'}`);
        });
      }
      if (!kind) continue;
      out.push({
        cardId: card.id, deckId: deck.id, kind, prompt: card.prompt, answer: card.answer,
        ...(card.answerKind ? { answerKind: card.answerKind } : {}),
        wrong: [...seen].map(([text, from]) => ({ text, from })).sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)),
      });
    }
  }
  return out;
}

export const OPTIONS_LOCK_HEADER = [
  '# Every option the quiz can offer, card by card, over 200 seeds: "=" the right one, "-" each wrong one',
  '# (hand-written on the card, or from the pool it names). Reviewed by hand: a change here changes what',
  '# learners are told is wrong. Regenerate with `npm run decks:options -- --lock` and read the diff.',
].join('\n');

/** The list as the lock file holds it: one block per card. */
export function formatOptions(list: readonly CardOptions[]): string {
  const blocks = list.map((c) => [
    `${c.cardId} ${c.kind}${c.answerKind ? ` (${c.answerKind})` : ''}: ${c.prompt}`,
    `  = ${c.answer}`,
    ...c.wrong.map((w) => `  - ${w.text}${w.from === 'written' ? '' : `   [${w.from}]`}`),
  ].join('\n'));
  return `${OPTIONS_LOCK_HEADER}\n\n${blocks.join('\n\n')}\n`;
}
