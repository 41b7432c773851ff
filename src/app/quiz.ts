/**
 * The quiz use case, for quizzes and the Briefing alike: generate the quiz from the decks, grade
 * each answer, and write the result so far together with the card grades it causes (wrong → Again,
 * right → Good) in one transaction. "Practice only" leaves the schedule untouched.
 */
import type { Deck } from '../domain/deck/types';
import { generateQuiz, gradeAnswer, type Grading, type Question, type Quiz, type QuizResponse, type QuizSpec } from '../domain/quiz';
import { createScheduler } from '../domain/scheduler';
import { gradeForAnswer } from '../domain/memory';
import type { QuizAnswerRecord, QuizResultRecord } from '../domain/records';
import { sessionsFinished } from './activity';
import { createListeners } from './listeners';
import { planRating } from './rating-plan';
import type { Services } from './services';

export interface QuizOptions {
  practice: boolean;
}

export interface QuizView {
  quiz: Quiz;
  questions: Question[];
  index: number;
  /** The grading of the current question once answered. */
  graded?: Grading;
  finished: boolean;
  answers: QuizAnswerRecord[];
  /** What was answered, per question so far (null: time ran out), for a classroom result code. */
  responses: (QuizResponse | null)[];
  startedAt: number;
  finishedAt?: number;
  practice: boolean;
}

export interface QuizController {
  view(): QuizView;
  subscribe(listener: () => void): () => void;
  /** `null` when the time for the question ran out: it counts as wrong. */
  answer(response: QuizResponse | null): Promise<void>;
  next(): void;
}

/** Loads the decks a spec draws on (all of them: distractors come from every deck) and generates the quiz. */
export async function buildQuiz(services: Services, spec: QuizSpec): Promise<{ quiz: Quiz; decks: Deck[] }> {
  const decks = await services.catalog.all();
  return { quiz: generateQuiz(decks, spec), decks };
}

/**
 * Runs `questions` (all of the quiz's, or a retry's subset) one at a time. The result record's id
 * is new for every attempt, so a retry is a result of its own.
 */
export async function startQuiz(services: Services, quiz: Quiz, questions: Question[], options: QuizOptions): Promise<QuizController> {
  const settings = await services.settings.load();
  const scheduler = createScheduler({ desiredRetention: settings.desiredRetention, fuzz: services.fuzz });
  const { subscribe, emit } = createListeners();
  const mode = quiz.spec.mode ?? 'quiz';
  const record: QuizResultRecord = {
    id: services.newId(),
    mode,
    deckIds: quiz.spec.deckIds ?? [],
    topics: quiz.spec.topics ?? [],
    seed: String(quiz.spec.seed),
    questionCount: questions.length,
    practice: options.practice,
    startedAt: services.clock.now(),
    answers: [],
  };
  let view: QuizView = {
    quiz, questions, index: 0, finished: questions.length === 0, answers: [], responses: [], startedAt: record.startedAt, practice: options.practice,
  };
  let busy = false;

  return {
    view: () => view,
    subscribe,
    async answer(response) {
      const question = view.questions[view.index];
      if (!question || view.graded || busy) return;
      busy = true;
      try {
        const graded = gradeAnswer(question, response);
        const time = services.clock.now();
        const answer: QuizAnswerRecord = {
          questionId: question.id,
          correct: graded.correct,
          cardIds: question.cardIds,
          missedCardIds: graded.perCard.filter((c) => !c.correct).map((c) => c.cardId),
          answeredAt: time,
        };
        const last = view.index === view.questions.length - 1;
        const next: QuizResultRecord = { ...record, answers: [...view.answers, answer], ...(last ? { finishedAt: time } : {}) };
        const ratings = options.practice ? [] : graded.perCard.map((outcome) =>
          planRating(scheduler, { id: services.newId(), cardId: outcome.cardId, time, grade: gradeForAnswer(outcome.correct), source: mode }));
        await services.quizzes.save(next, ratings);
        if (ratings.length) services.progressChanges.announce({ cardIds: ratings.map((r) => r.cardId) });
        record.answers = next.answers;
        view = { ...view, graded, answers: next.answers, responses: [...view.responses, response], ...(last ? { finishedAt: time } : {}) };
        emit();
      } finally {
        busy = false;
      }
    },
    next() {
      if (!view.graded) return;
      const done = view.index >= view.questions.length - 1;
      const { graded: _, ...rest } = view;
      view = done ? { ...rest, finished: true } : { ...rest, index: view.index + 1 };
      emit();
      if (done) sessionsFinished.emit();
    },
  };
}

/** The latest quiz and Briefing results, newest first, for the Quiz screen's list. */
export const recentResults = (services: Services, limit = 20): Promise<QuizResultRecord[]> => services.quizzes.recent(limit);

/** Each question asked so far with what was answered (undefined: not reached; null: time ran out) and whether it was right. */
export function answeredQuestions(view: QuizView): { question: Question; response: QuizResponse | null | undefined; correct: boolean }[] {
  // Answers and responses are appended in question order, one per question answered.
  return view.questions.slice(0, view.answers.length).map((question, i) => ({ question, response: view.responses[i], correct: view.answers[i]?.correct === true }));
}

/** The questions answered wrongly, for "Retry my mistakes". */
export function missedQuestions(view: QuizView): Question[] {
  const missed = new Set(view.answers.filter((a) => !a.correct).map((a) => a.questionId));
  return view.questions.filter((q) => missed.has(q.id));
}

/** Every card a wrong answer touched, once each, for "Study these cards". */
export function missedCardIds(view: QuizView): string[] {
  return [...new Set(view.answers.flatMap((a) => a.missedCardIds))];
}
