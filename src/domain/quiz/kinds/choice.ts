/** `choice` and `cloze`: four options, one right; a cloze is a choice whose prompt has a blank to fill. */
import type { ChoiceQuestion } from '../types.ts';
import { indexCodec, readIndex } from './option-index.ts';
import type { QuestionKindSpec } from './spec.ts';
import { asAWhole } from './verdict.ts';

export const choice: QuestionKindSpec<ChoiceQuestion, number> = {
  single: true,
  onMap: false,
  grade: (q, response) => asAWhole(q, [response === q.answerIndex]),
  read: (_, value) => readIndex(value),
  rightResponse: (q) => q.answerIndex,
  responseText: (q, response) => q.options[response] ?? '',
  rightAnswerText: (q) => q.options[q.answerIndex] ?? '',
  answerGivesCorrection: false,
  code: indexCodec((q) => [q.id, q.options, q.answerIndex]),
};
