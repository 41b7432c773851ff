/** `which-route`: the map with one route highlighted, the four routes' names as options; a response is an option index. */
import type { WhichRouteQuestion } from '../types.ts';
import { indexCodec, readIndex } from './option-index.ts';
import type { QuestionKindSpec } from './spec.ts';
import { asAWhole } from './verdict.ts';

export const whichRoute: QuestionKindSpec<WhichRouteQuestion, number> = {
  single: true,
  onMap: true,
  grade: (q, response) => asAWhole(q, [response === q.answerIndex]),
  read: (_, value) => readIndex(value),
  rightResponse: (q) => q.answerIndex,
  responseText: (q, response) => q.options[response]?.name ?? '',
  rightAnswerText: (q) => q.options[q.answerIndex]?.name ?? '',
  answerGivesCorrection: false,
  code: indexCodec((q) => [q.id, q.cardIds, q.options.map((o) => o.id), q.answerIndex]),
};
