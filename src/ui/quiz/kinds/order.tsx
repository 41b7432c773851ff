import { rightAnswerText, type OrderQuestion } from '../../../domain/quiz';
import { OrderAnswer } from '../OrderAnswer';
import type { KindView } from './view';

/** One per step: an order card has six steps at most. */
const letter = (i: number) => 'ABCDEF'[i] ?? String(i + 1);

/**
 * On the projector the shuffled steps carry letters, so the room can call out an order ("C, A, D,
 * B"); the reveal adds each step's place, and Present says the order in full under it.
 */
function ProjectorSteps({ question, revealed }: { question: OrderQuestion; revealed: boolean }) {
  return (
    <ol class="present-steps" data-testid="present-steps">
      {question.steps.map((step, i) => (
        <li key={step}>
          <span class="letter">{letter(i)}</span>
          <span class="text">{step}</span>
          {revealed ? <span class="mark">place {question.answer.indexOf(i) + 1}</span> : null}
        </li>
      ))}
    </ol>
  );
}

/** On paper: a box before each step for its number. */
function Blanks({ question }: { question: OrderQuestion }) {
  return (
    <>
      <p class="muted">Number the steps from 1 (first) to {question.steps.length} (last).</p>
      <ul class="handout-steps">{question.steps.map((step) => <li key={step}><span class="box" aria-hidden="true" /> {step}</li>)}</ul>
    </>
  );
}

export const orderView: KindView<OrderQuestion, readonly number[]> = {
  label: 'Put in order',
  answerInPlace: false,
  Answer: OrderAnswer,
  keyResponse: () => undefined,
  projector: { choices: () => null, Figure: ProjectorSteps },
  handout: { Answers: Blanks, key: rightAnswerText },
};
