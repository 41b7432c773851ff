/**
 * Grading: pure functions from a question and a response to right/wrong, per card. A response of
 * the wrong shape (a damaged result code, a missing answer) counts as wrong, never throws.
 */
import type {
  CardOutcome, Grading, Question, QuizAnswer, QuizResponse, QuizResult, Quiz, ResponseByKind,
} from './types.ts';

/** Grades one response: right only if every pair or item is; `perCard` names the cards missed. */
export function gradeAnswer<Q extends Question>(question: Q, response: ResponseByKind[Q['kind']] | null | undefined): Grading {
  const parts = partsOf(question, response);
  const correct = parts.length > 0 && parts.every(Boolean);
  let perCard: CardOutcome[];
  if (question.kind === 'matching') {
    perCard = question.cardIds.map((cardId) => ({
      cardId, correct: question.pairs.every((p, i) => p.cardId !== cardId || parts[i] === true),
    }));
  } else {
    perCard = question.cardIds.map((cardId) => ({ cardId, correct }));
  }
  return { correct, perCard, parts };
}

function partsOf(question: Question, response: unknown): boolean[] {
  const list = (n: number): unknown[] => (Array.isArray(response) ? response : []).slice(0, n);
  switch (question.kind) {
    case 'choice':
    case 'cloze':
      return [response === question.answerIndex];
    case 'truefalse':
      return [response === question.answer];
    case 'matching': {
      const given = list(question.pairs.length);
      return question.answer.map((right, i) => given[i] === right);
    }
    case 'which-side': {
      const given = list(question.items.length);
      return question.items.map((item, i) => given[i] === item.side);
    }
    case 'tap-place':
      return [typeof response === 'string' && (response === question.answer || question.alsoRight.includes(response))];
    case 'which-route':
      return [response === question.answerIndex];
  }
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
    const { correct, perCard } = gradeAnswer(question, response as ResponseByKind[typeof question.kind] | null);
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
