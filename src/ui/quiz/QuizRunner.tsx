import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuizController, QuizView } from '../../app/quiz';
import { rightAnswerText } from '../../domain/quiz';
import { ProgressBar } from '../components/ProgressBar';
import { FeedbackList } from './FeedbackList';
import { kindView } from './kinds';
import { QuestionAnswer } from './QuestionAnswer';
import { useDocumentKeys } from '../use-document-keys';

/** Seconds left on the current question, when it is timed; at zero the question is answered as missed. */
function useCountdown(seconds: number | undefined, index: number, answered: boolean, onTimeUp: () => void): number | undefined {
  const [left, setLeft] = useState(seconds);
  const timeUp = useRef(onTimeUp);
  timeUp.current = onTimeUp;
  useEffect(() => setLeft(seconds), [index, seconds]);
  useEffect(() => {
    if (seconds === undefined || left === undefined || answered) return;
    if (left <= 0) { timeUp.current(); return; }
    const t = setTimeout(() => setLeft(left - 1), 1000);
    return () => clearTimeout(t);
  }, [left, answered, seconds]);
  return seconds === undefined || answered ? undefined : left;
}

/** One question at a time: answer (keys 1–4 or A–D), see right or wrong with the why, Enter for the next. */
export function QuizRunner({ controller, view, secondsPerQuestion }: { controller: QuizController; view: QuizView; secondsPerQuestion?: number }) {
  const question = view.questions[view.index]!;
  const { graded } = view;
  const left = useCountdown(secondsPerQuestion, view.index, !!graded, () => void controller.answer(null));
  const next = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => { heading.current?.focus(); }, [view.index, view.questions]);
  useEffect(() => { if (graded) next.current?.focus(); }, [graded]);

  // Enter goes on; the keys that answer belong to the question (QuestionAnswer).
  useDocumentKeys((e) => {
    if (!graded || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target instanceof HTMLSelectElement || e.target instanceof HTMLInputElement) return;
    if (e.key.toLowerCase() === 'enter' && !(e.target instanceof HTMLButtonElement)) { e.preventDefault(); controller.next(); }
  });

  const total = view.questions.length;
  return (
    <>
      <div class="study-header">
        <ProgressBar value={(view.index + (graded ? 1 : 0)) / total} label={`Question ${view.index + 1} of ${total}`} />
        <p class="muted">
          Question {view.index + 1} of {total}{view.practice ? ' · practice only: your schedule is not changed' : ''}
          {left !== undefined ? <> · <span class="countdown-inline" role="timer" aria-label={`${left} seconds left`}>{left}s left</span></> : null}
        </p>
      </div>
      <article class="flashcard quiz-question" data-question-id={question.id} data-kind={question.kind}>
        <p class="kind">{kindView(question.kind).label}</p>
        <h2 class="prompt" tabIndex={-1} ref={heading} data-testid="question">{question.prompt}</h2>
        <QuestionAnswer
          key={`${view.index}:${question.id}`} kind={question.kind} question={question} graded={graded}
          onAnswer={(response) => void controller.answer(response)}
        />
        <div aria-live="polite">
          {graded ? (
            <section class={`feedback ${graded.correct ? 'right' : 'wrong'}`} data-testid="feedback">
              <p class="verdict"><span aria-hidden="true">{graded.correct ? '✓ ' : '✗ '}</span>{graded.correct ? 'Right.' : 'Not quite.'}</p>
              {graded.correct || kindView(question.kind).answerInPlace ? null : <p class="answer">The answer: <span class="pre">{rightAnswerText(question)}</span></p>}
              <FeedbackList question={question} corrections />
            </section>
          ) : null}
        </div>
      </article>
      {graded ? (
        <p class="study-actions">
          <button ref={next} type="button" class="button primary big" onClick={() => controller.next()}>
            {view.index + 1 < total ? 'Next question' : 'See the results'} <kbd>Enter</kbd>
          </button>
        </p>
      ) : null}
    </>
  );
}
