/** `which-side`: items sorted into one of two sides; a response is the side (0 or 1) per item. */
import type { WhichSideQuestion } from '../types.ts';
import { checkParts, decodeParts, encodeParts, partsAnswers, readParts } from './parts.ts';
import type { QuestionKindSpec } from './spec.ts';
import { asAWhole } from './verdict.ts';

type Sides = readonly (0 | 1 | null)[];

/** Each side with the items put on it, and any left on neither. */
const sidesText = (q: WhichSideQuestion, sides: Sides) => {
  const on = (s: 0 | 1 | null) => q.items.filter((_, i) => (sides[i] ?? null) === s).map((i) => i.text);
  const unplaced = on(null);
  return [...q.sides.map((side, s) => `${side}: ${on(s as 0 | 1).join(', ') || '—'}`), ...(unplaced.length ? [`On neither side: ${unplaced.join(', ')}`] : [])].join('\n');
};

const isSide = (v: unknown): v is 0 | 1 => v === 0 || v === 1;

export const whichSide: QuestionKindSpec<WhichSideQuestion, Sides> = {
  single: false,
  onMap: false,
  grade: (q, response) => asAWhole(q, q.items.map((item, i) => response !== null && response[i] === item.side)),
  read: (q, value) => readParts(value, q.items.length, isSide),
  rightResponse: (q) => q.items.map((i) => i.side),
  responseText: sidesText,
  rightAnswerText: (q) => sidesText(q, q.items.map((i) => i.side)),
  answerGivesCorrection: false,
  code: {
    fingerprint: (q) => [q.id, q.sides, q.items.map((i) => [i.text, i.side])],
    answers: (q) => partsAnswers(q.items.length, 2),
    check: (q, value) => checkParts(value, q.items.length, isSide),
    encode: (_, response) => encodeParts(response, 2),
    decode: (q, value) => decodeParts(value, q.items.length, 2, (i) => (i === 0 ? 0 : 1)),
  },
};
