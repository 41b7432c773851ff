/**
 * Responses to any question, of any kind, through the kind registry alone: a new kind is covered by
 * every test that uses these without a line here.
 */
import { gradeAnswer, kindSpec, type Question, type QuizResponse } from '../../../src/domain/quiz/index.ts';
import { randomInt, type Rng } from '../../../src/domain/quiz/rng.ts';

/** The right response to a question. */
export const rightResponse = (q: Question): QuizResponse => kindSpec(q.kind).rightResponse(q);

/** Every response a question can be given, in the order of their result-code numbers. */
export function* allResponses(q: Question): Generator<QuizResponse> {
  const { code } = kindSpec(q.kind);
  for (let n = 0n; n < code.answers(q); n++) {
    const response = code.decode(q, n);
    if (response !== null) yield response;
  }
}

/** The first response (by result-code number) that grades wrong. */
export function wrongResponse(q: Question): QuizResponse {
  for (const response of allResponses(q)) if (!gradeAnswer(q, response).correct) return response;
  throw new Error(`${q.id} has no wrong response`);
}

/** Any response a question can get, unanswered and half-answered included, drawn from a seeded rng. */
export function randomResponse(q: Question, rng: Rng): QuizResponse | null {
  if (randomInt(rng, 8) === 0) return null;
  const { code } = kindSpec(q.kind);
  return code.decode(q, BigInt(randomInt(rng, Number(code.answers(q)))));
}
