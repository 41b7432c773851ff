/** `which-side`: items sorted into one of two sides; a response is the side (0 or 1) per item. */
import type { WhichSideQuestion } from '../types.ts';
import { checkParts, decodeParts, encodeParts, partsAnswers, readParts } from './parts.ts';
import type { QuestionKindSpec } from './spec.ts';
import { asAWhole } from './verdict.ts';

type Sides = readonly (0 | 1 | null)[];

const isSide = (v: unknown): v is 0 | 1 => v === 0 || v === 1;

export const whichSide: QuestionKindSpec<WhichSideQuestion, Sides> = {
  single: false,
  onMap: false,
  grade: (q, response) => asAWhole(q, q.items.map((item, i) => response !== null && response[i] === item.side)),
  read: (q, value) => readParts(value, q.items.length, isSide),
  rightResponse: (q) => q.items.map((i) => i.side),
  rightAnswerText: (q) => q.sides.map((side, s) => `${side}: ${q.items.filter((i) => i.side === s).map((i) => i.text).join(', ')}`).join('\n'),
  answerGivesCorrection: false,
  code: {
    fingerprint: (q) => [q.id, q.sides, q.items.map((i) => [i.text, i.side])],
    answers: (q) => partsAnswers(q.items.length, 2),
    check: (q, value) => checkParts(value, q.items.length, isSide),
    encode: (_, response) => encodeParts(response, 2),
    decode: (q, value) => decodeParts(value, q.items.length, 2, (i) => (i === 0 ? 0 : 1)),
  },
};
