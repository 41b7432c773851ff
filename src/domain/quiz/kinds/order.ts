/**
 * `order`: the steps of a chain, shown shuffled, to be put back in order; a response is the order
 * the learner gave, as the index in `steps` of the step at each place. Right only when every step is
 * in its place; `parts` says which places are, which is how feedback shows a partly right order.
 */
import type { OrderQuestion } from '../types.ts';
import { factorial, isPermutation, rankPermutation, unrankPermutation } from './permutation.ts';
import type { QuestionKindSpec } from './spec.ts';
import { asAWhole } from './verdict.ts';

type Order = readonly number[];

/** The steps in the given order, numbered. */
const stepsText = (q: OrderQuestion, order: Order) => order.map((step, place) => `${place + 1}. ${q.steps[step] ?? ''}`).join('\n');

export const order: QuestionKindSpec<OrderQuestion, Order> = {
  single: true,
  onMap: false,
  grade: (q, response) => asAWhole(q, q.answer.map((step, place) => response !== null && response[place] === step)),
  // An order has no open parts: anything but every step once is no answer.
  read: (q, value) => (isPermutation(value, q.steps.length) ? [...value] : null),
  rightResponse: (q) => [...q.answer],
  responseText: (q, response) => stepsText(q, response),
  rightAnswerText: (q) => stepsText(q, q.answer),
  answerGivesCorrection: false,
  code: {
    fingerprint: (q) => [q.id, q.steps, q.answer],
    // Answer n is the order of rank n (permutation.ts): 720 for six steps, 24 for four.
    answers: (q) => factorial(q.steps.length),
    check: (q, value) => (isPermutation(value, q.steps.length)
      ? { ok: true, response: [...value] } : { ok: false, problem: `expected each of the ${q.steps.length} steps once` }),
    encode: (_, response) => rankPermutation(response),
    decode: (q, value) => unrankPermutation(value, q.steps.length),
  },
};
