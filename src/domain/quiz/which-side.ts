/**
 * "Which side?" questions from a deck's sorts: up to four members of each side, shuffled together,
 * each to be put on its side. The cards the sort names are graded by the whole question.
 */
import type { Deck, Sort } from '../deck/types.ts';
import { createRng, shuffle } from './rng.ts';
import type { SortItem, WhichSideQuestion } from './types.ts';

export const MAX_ITEMS_PER_SIDE = 4;

export function whichSideQuestion(deck: Deck, sort: Sort, seed: string | number): WhichSideQuestion {
  const rng = createRng(seed, 'which-side', deck.id, sort.id);
  const [a, b] = sort.sides;
  const take = (members: string[], side: 0 | 1): SortItem[] =>
    shuffle(rng, members).slice(0, MAX_ITEMS_PER_SIDE).map((text) => ({ text, side }));
  const cardIds = [...(sort.cards ?? [])];
  const cards = deck.cards.filter((c) => cardIds.includes(c.id));
  return {
    id: `which-side:${deck.id}/${sort.id}`,
    kind: 'which-side',
    cardIds,
    topic: deck.topic,
    core: cards.some((c) => c.core === true),
    prompt: sort.question,
    feedback: [{
      explanation: sort.explanation
        ?? `${a.label}: ${a.members.join(', ')}. ${b.label}: ${b.members.join(', ')}.`,
      source: sort.source,
    }],
    sides: [a.label, b.label],
    items: shuffle(rng, [...take(a.members, 0), ...take(b.members, 1)]),
  };
}
