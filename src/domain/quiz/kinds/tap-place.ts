/** `tap-place`: a place to find on the corridor map; a response is the id of the place tapped. */
import type { TapPlaceQuestion } from '../types.ts';
import type { QuestionKindSpec } from './spec.ts';
import { asAWhole } from './verdict.ts';

const placeName = (q: TapPlaceQuestion, id: string) => q.places.find((p) => p.id === id)?.name ?? id;

export const tapPlace: QuestionKindSpec<TapPlaceQuestion, string> = {
  single: true,
  onMap: true,
  // A place that is part of the one asked for counts too (Nakhchivan for Azerbaijan).
  grade: (q, response) => asAWhole(q, [response !== null && (response === q.answer || q.alsoRight.includes(response))]),
  read: (_, value) => (typeof value === 'string' ? value : null),
  rightResponse: (q) => q.answer,
  responseText: (q, response) => placeName(q, response),
  rightAnswerText: (q) => placeName(q, q.answer),
  answerGivesCorrection: false,
  code: {
    fingerprint: (q) => [q.id, q.cardIds, q.places.map((p) => p.id), q.answer, q.alsoRight],
    // Answer n is the n-th place of the question's list (10 states with unanswered, for the map's 9 places).
    answers: (q) => BigInt(q.places.length),
    check: (q, value) => (typeof value === 'string' && q.places.some((p) => p.id === value)
      ? { ok: true, response: value } : { ok: false, problem: `${String(value)} is not a place of the map` }),
    encode: (q, response) => BigInt(q.places.findIndex((p) => p.id === response)),
    decode: (q, value) => q.places[Number(value)]?.id ?? null,
  },
};
