/** Responses that are the index of one option among a question's few (choice, cloze, which-route). */
import type { ChoiceQuestion, WhichRouteQuestion } from '../types.ts';
import type { ResponseCodec } from './spec.ts';

export const isIndex = (v: unknown, below: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < below;

/** Any number reads as a pick (one out of range is simply not the right one). */
export const readIndex = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** The result-code parts of an option index (answer n is option n), given what the quiz tag hashes. */
export function indexCodec<Q extends ChoiceQuestion | WhichRouteQuestion>(fingerprint: (question: Q) => unknown[]): ResponseCodec<Q, number> {
  return {
    fingerprint,
    answers: (q) => BigInt(q.options.length),
    check: (q, value) => (isIndex(value, q.options.length) ? { ok: true, response: value } : { ok: false, problem: `${String(value)} is not an option index` }),
    encode: (_, response) => BigInt(response),
    decode: (_, value) => Number(value),
  };
}
