import { useEffect, useState } from 'preact/hooks';
import { buildQuiz, startQuiz, type QuizController, type QuizView } from '../../app/quiz';
import type { Question, Quiz, QuizSpec } from '../../domain/quiz';
import { explainError } from '../../app/storage-errors';
import { useServices } from '../services-context';

export interface QuizRun {
  quiz?: Quiz;
  controller?: QuizController;
  view?: QuizView;
  error?: string;
  /** Starts again with some of the questions (Retry my mistakes). */
  restart(questions: Question[]): void;
}

/** Generates the quiz for `spec` on this device's decks and runs it. */
export function useQuiz(spec: QuizSpec, practice: boolean): QuizRun {
  const services = useServices();
  const [quiz, setQuiz] = useState<Quiz>();
  const [error, setError] = useState<string>();
  const specKey = JSON.stringify(spec);
  useEffect(() => {
    let live = true;
    buildQuiz(services, spec).then(({ quiz: q }) => {
      if (!live) return;
      if (q.questions.length === 0) setError('These decks have no questions to ask.');
      else setQuiz(q);
    }, (e: unknown) => live && setError(explainError(e).message));
    return () => { live = false; };
  }, [specKey]);
  const run = useQuizRun(quiz, practice);
  return error ? { ...run, error } : run;
}

/** Runs a quiz one question at a time; while it runs, no update prompt interrupts it. */
export function useQuizRun(quiz: Quiz | undefined, practice: boolean): QuizRun {
  const services = useServices();
  const [questions, setQuestions] = useState<Question[]>();
  const [controller, setController] = useState<QuizController>();
  const [view, setView] = useState<QuizView>();
  const [error, setError] = useState<string>();

  useEffect(() => { setQuestions(quiz?.questions); }, [quiz]);
  useEffect(() => {
    if (!quiz || !questions?.length) return;
    let unsubscribe: (() => void) | undefined;
    let live = true;
    startQuiz(services, quiz, questions, { practice }).then((c) => {
      if (!live) return;
      setController(c);
      setView(c.view());
      unsubscribe = c.subscribe(() => setView(c.view()));
    }, (e: unknown) => setError(explainError(e).message));
    return () => { live = false; unsubscribe?.(); };
  }, [quiz, questions, practice]);

  const running = !!view && !view.finished;
  useEffect(() => {
    services.updates.sessionRunning(running);
    return () => services.updates.sessionRunning(false);
  }, [running]);

  return { quiz, controller, view, error, restart: (qs) => { setView(undefined); setQuestions(qs); } };
}
