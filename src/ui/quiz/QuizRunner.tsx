import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { QuizController, QuizView } from '../../app/quiz';
import type { Grading, Question, QuizResponse } from '../../domain/quiz';
import { ProgressBar } from '../components/ProgressBar';
import { FeedbackList } from './FeedbackList';
import { ChoiceAnswer } from './ChoiceAnswer';
import { MatchingAnswer } from './MatchingAnswer';
import { TapPlaceAnswer } from './TapPlaceAnswer';
import { TrueFalseAnswer } from './TrueFalseAnswer';
import { WhichRouteAnswer } from './WhichRouteAnswer';
import { WhichSideAnswer } from './WhichSideAnswer';
import { rightAnswerText } from './answer-text';

const KIND_LABEL = {
  choice: 'Multiple choice', cloze: 'Fill the gap', truefalse: 'True or false?', matching: 'Match them', 'which-side': 'Which side?',
  'tap-place': 'Find it on the map', 'which-route': 'Which route?',
} as const;

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

function answerInput(question: Question, chosen: QuizResponse | undefined, graded: Grading | undefined, answer: (r: QuizResponse) => void) {
  switch (question.kind) {
    case 'choice':
    case 'cloze':
      return <ChoiceAnswer question={question} chosen={chosen as number | undefined} graded={graded} onAnswer={answer} />;
    case 'truefalse':
      return <TrueFalseAnswer question={question} chosen={chosen as boolean | undefined} graded={graded} onAnswer={answer} />;
    case 'matching':
      return <MatchingAnswer key={question.id} question={question} graded={graded} onAnswer={answer} />;
    case 'which-side':
      return <WhichSideAnswer key={question.id} question={question} graded={graded} onAnswer={answer} />;
    case 'tap-place':
      return <TapPlaceAnswer key={question.id} question={question} chosen={chosen as string | undefined} graded={graded} onAnswer={answer} />;
    case 'which-route':
      return <WhichRouteAnswer question={question} chosen={chosen as number | undefined} graded={graded} onAnswer={answer} />;
  }
}

/** One question at a time: answer (keys 1–4 or A–D), see right or wrong with the why, Enter for the next. */
export function QuizRunner({ controller, view, secondsPerQuestion }: { controller: QuizController; view: QuizView; secondsPerQuestion?: number }) {
  const question = view.questions[view.index]!;
  const { graded } = view;
  const left = useCountdown(secondsPerQuestion, view.index, !!graded, () => void controller.answer(null));
  const [chosen, setChosen] = useState<QuizResponse>();
  const next = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => { setChosen(undefined); heading.current?.focus(); }, [view.index, view.questions]);
  useEffect(() => { if (graded) next.current?.focus(); }, [graded]);

  const answer = (response: QuizResponse) => { setChosen(response); void controller.answer(response); };

  // One listener for the screen's life, reading the latest state through a ref (see Study).
  const onKey = useRef<(e: KeyboardEvent) => void>(() => undefined);
  onKey.current = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target instanceof HTMLSelectElement || e.target instanceof HTMLInputElement) return;
    const key = e.key.toLowerCase();
    if (graded) {
      if (key === 'enter' && !(e.target instanceof HTMLButtonElement)) { e.preventDefault(); controller.next(); }
      return;
    }
    if (question.kind === 'choice' || question.kind === 'cloze' || question.kind === 'which-route') {
      const i = ['1', '2', '3', '4'].indexOf(key) >= 0 ? Number(key) - 1 : ['a', 'b', 'c', 'd'].indexOf(key);
      if (i >= 0 && i < question.options.length) { e.preventDefault(); answer(i); }
    } else if (question.kind === 'truefalse') {
      if (key === '1' || key === 't') { e.preventDefault(); answer(true); }
      if (key === '2' || key === 'f') { e.preventDefault(); answer(false); }
    }
  };
  // A layout effect: the keys work from the moment the screen is painted.
  useLayoutEffect(() => {
    const listener = (e: KeyboardEvent) => onKey.current(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

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
        <p class="kind">{KIND_LABEL[question.kind]}</p>
        <h2 class="prompt" tabIndex={-1} ref={heading} data-testid="question">{question.prompt}</h2>
        {answerInput(question, chosen, graded, answer)}
        <div aria-live="polite">
          {graded ? (
            <section class={`feedback ${graded.correct ? 'right' : 'wrong'}`} data-testid="feedback">
              <p class="verdict"><span aria-hidden="true">{graded.correct ? '✓ ' : '✗ '}</span>{graded.correct ? 'Right.' : 'Not quite.'}</p>
              {graded.correct ? null : <p class="answer">The answer: <span class="pre">{rightAnswerText(question)}</span></p>}
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
