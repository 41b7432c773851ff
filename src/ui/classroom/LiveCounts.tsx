import { kindSpec, type Question } from '../../domain/quiz';
import type { LiveQuestionTally } from '../../domain/classroom';
import { kindView } from '../quiz/kinds';
import { OPTION_LETTERS } from '../quiz/option-letters';
import { OPTION_SHAPES } from './Present';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * One question's live counts: how many have answered, and once revealed how many chose each option
 * (the kind's projector options, each with the response it stands for) or, for a kind answered in
 * parts, how many were right. Counts are in words and a bar, never colour alone.
 */
export function LiveCounts({ question, tally, students, revealed }: { question: Question; tally: LiveQuestionTally; students: number; revealed: boolean }) {
  const choices = kindView(question.kind).projector.choices(question as never) as { texts: string[]; right: number; responses: unknown[] } | null;
  const { code } = kindSpec(question.kind);
  const chose = (response: unknown) => {
    const checked = code.check(question as never, response);
    return checked.ok ? (tally.byAnswer[code.encode(question as never, checked.response as never).toString()] ?? 0) : 0;
  };
  return (
    <div class="live-counts" data-testid="live-counts">
      <p class="live-answered" data-testid="live-answered">Answered live: <strong>{tally.answered}</strong> of {plural(students, 'student')}</p>
      {revealed && choices ? (
        <ul class="live-options" data-testid="live-options">
          {choices.texts.map((text, i) => {
            const n = chose(choices.responses[i]);
            return (
              <li key={text}>
                <span aria-hidden="true">{OPTION_SHAPES[i]} </span><strong>{OPTION_LETTERS[i]}</strong> {text}{i === choices.right ? ' (right)' : ''}: <span data-testid="live-option-count">{plural(n, 'student')}</span>
                <span class="bar" aria-hidden="true"><span style={{ width: `${tally.answered ? (100 * n) / tally.answered : 0}%` }} /></span>
              </li>
            );
          })}
        </ul>
      ) : revealed ? (
        <p data-testid="live-right">{tally.right} right, {tally.answered - tally.right} wrong{tally.timedOut ? `, ${tally.timedOut} out of time` : ''}</p>
      ) : null}
    </div>
  );
}
