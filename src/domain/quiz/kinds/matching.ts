/** `matching`: each left text matched with one of as many right texts; a response is the right index per pair. */
import type { MatchingQuestion } from '../types.ts';
import { isIndex } from './option-index.ts';
import { checkParts, decodeParts, encodeParts, partsAnswers, readParts } from './parts.ts';
import type { QuestionKindSpec } from './spec.ts';
import { allRight } from './verdict.ts';

type Matches = readonly (number | null)[];

const isRight = (q: MatchingQuestion) => (v: unknown): v is number => isIndex(v, q.rights.length);
/** Each pair with the right text matched to it (a dash where none was). */
const matchesText = (q: MatchingQuestion, matches: Matches) =>
  q.pairs.map((p, i) => `${p.left} → ${q.rights[matches[i] ?? -1] ?? '—'}`).join('\n');

const isNumber = (v: unknown): v is number => typeof v === 'number';

export const matching: QuestionKindSpec<MatchingQuestion, Matches> = {
  single: false,
  onMap: false,
  grade: (q, response) => {
    const parts = q.answer.map((right, i) => response !== null && response[i] === right);
    // A card is missed when any of its pairs is.
    const perCard = q.cardIds.map((cardId) => ({ cardId, correct: q.pairs.every((p, i) => p.cardId !== cardId || parts[i] === true) }));
    return { correct: allRight(parts), perCard, parts };
  },
  read: (q, value) => readParts(value, q.pairs.length, isNumber),
  rightResponse: (q) => [...q.answer],
  responseText: matchesText,
  rightAnswerText: (q) => matchesText(q, q.answer),
  answerGivesCorrection: false,
  code: {
    fingerprint: (q) => [q.id, q.pairs.map((p) => [p.left, p.right]), q.rights],
    answers: (q) => partsAnswers(q.pairs.length, q.rights.length),
    check: (q, value) => checkParts(value, q.pairs.length, isRight(q)),
    encode: (q, response) => encodeParts(response, q.rights.length),
    decode: (q, value) => decodeParts(value, q.pairs.length, q.rights.length, (i) => i),
  },
};
