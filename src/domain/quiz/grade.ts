/**
 * Grading: pure functions from a question and a response to right/wrong, per card. A response of
 * the wrong shape (a damaged result code, a missing answer) counts as wrong, never throws.
 */
import { kindSpec } from './kinds/index.ts';
import type { Grading, Question, QuizAnswer, QuizResponse, QuizResult, Quiz, ResponseFor } from './types.ts';

/** Grades one response: right only if every pair or item is; `perCard` names the cards missed. */
export function gradeAnswer<Q extends Question>(question: Q, response: ResponseFor<Q> | null | undefined): Grading {
  const q: Question = question;
  const spec = kindSpec(q.kind);
  // Read even a typed response: a list of any kind's responses can hand one of another kind.
  return spec.grade(q, spec.read(q, response));
}

/** A value stored or sent as an answer to `question` (anything at all), read as its response; null: unanswered or unreadable. */
export function readResponse(question: Question, value: unknown): QuizResponse | null {
  return kindSpec(question.kind).read(question, value);
}

/**
 * The result of a finished quiz: `responses[i]` answers `quiz.questions[i]` (missing or null:
 * unanswered, so wrong). Times are the caller's (epoch ms).
 */
export function scoreQuiz(
  quiz: Quiz, responses: readonly (QuizResponse | null | undefined)[], times: { startedAt: number; finishedAt: number },
): QuizResult {
  if (!(times.finishedAt >= times.startedAt)) {
    throw new RangeError(`a quiz cannot finish (${times.finishedAt}) before it starts (${times.startedAt})`);
  }
  const answers: QuizAnswer[] = quiz.questions.map((question, i) => {
    const response = responses[i] ?? null;
    const { correct, perCard } = gradeAnswer(question, response);
    return { questionId: question.id, response, correct, perCard };
  });
  return {
    quizId: quiz.id,
    spec: quiz.spec,
    startedAt: times.startedAt,
    finishedAt: times.finishedAt,
    answers,
    score: { correct: answers.filter((a) => a.correct).length, total: answers.length },
  };
}
