/** `truefalse`: a statement to judge. */
import type { TrueFalseQuestion } from '../types.ts';
import type { QuestionKindSpec } from './spec.ts';
import { asAWhole } from './verdict.ts';

export const trueFalse: QuestionKindSpec<TrueFalseQuestion, boolean> = {
  single: true,
  onMap: false,
  grade: (q, response) => asAWhole(q, [response === q.answer]),
  read: (_, value) => (typeof value === 'boolean' ? value : null),
  rightResponse: (q) => q.answer,
  responseText: (_, response) => (response ? 'True' : 'False'),
  rightAnswerText: (q) => (q.answer ? 'True' : `False${q.feedback[0]?.correction ? `: ${q.feedback[0].correction}` : ''}`),
  answerGivesCorrection: true,
  code: {
    fingerprint: (q) => [q.id, q.answer],
    answers: () => 2n,
    check: (_, value) => (typeof value === 'boolean' ? { ok: true, response: value } : { ok: false, problem: `${String(value)} is not true or false` }),
    encode: (_, response) => (response ? 1n : 0n),
    decode: (_, value) => value === 1n,
  },
};
