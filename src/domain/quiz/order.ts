/**
 * "Put in order" questions from `order` cards: the card's steps, shuffled by the question's seed, to
 * be put back in the card's order. The shuffle is never the right order itself, which would hand the
 * answer over; with two steps that leaves one way to show them.
 */
import { MIN_STEPS, type Card } from '../deck/types.ts';
import { createRng, shuffle, type Rng } from './rng.ts';
import type { OrderQuestion } from './types.ts';

type Base = Pick<OrderQuestion, 'cardIds' | 'topic' | 'core' | 'feedback'>;

/** For each step shown, first to last, its place in the chain: a shuffle of 0 … n−1 that is not 0 … n−1 itself. */
function shownPlaces(count: number, rng: Rng): number[] {
  const shown = shuffle(rng, Array.from({ length: count }, (_, place) => place));
  return shown.every((place, k) => place === k) ? [...shown.slice(1), shown[0]!] : shown;
}

export function orderQuestion(card: Card, base: Base, rng: Rng): OrderQuestion | undefined {
  const steps = card.steps ?? [];
  if (steps.length < MIN_STEPS) return undefined;
  const shown = shownPlaces(steps.length, rng);
  return {
    ...base,
    id: `order:${card.id}`,
    kind: 'order',
    prompt: card.prompt,
    steps: shown.map((place) => steps[place]!),
    answer: steps.map((_, place) => shown.indexOf(place)),
  };
}

/** The steps as a flashcard's front shows them: shuffled the same way every time, never in the right order. */
export function studySteps(card: Card): string[] {
  const steps = card.steps ?? [];
  return steps.length < MIN_STEPS ? [...steps] : shownPlaces(steps.length, createRng('study', card.id)).map((place) => steps[place]!);
}
