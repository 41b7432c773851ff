import { useState } from 'preact/hooks';
import type { MatchingQuestion } from '../../domain/quiz';
import type { AnswerProps } from './kinds';

/** Each left text gets a list of the right texts to choose from: a form that works by keyboard and screen reader. */
export function MatchingAnswer({ question, graded, onAnswer }: AnswerProps<MatchingQuestion, readonly (number | null)[]>) {
  const [choice, setChoice] = useState<(number | null)[]>(question.pairs.map(() => null));
  const complete = choice.every((c) => c !== null);
  return (
    <form class="matching" onSubmit={(e) => { e.preventDefault(); if (complete) onAnswer(choice); }}>
      {question.pairs.map((pair, i) => (
        <div class="match-row" key={pair.cardId + pair.left}>
          <label for={`match-${i}`}>{pair.left}</label>
          <select
            id={`match-${i}`}
            disabled={!!graded}
            value={choice[i] === null ? '' : String(choice[i])}
            onChange={(e) => { const v = e.currentTarget.value; setChoice((c) => c.map((x, j) => (j === i ? (v === '' ? null : Number(v)) : x))); }}
          >
            <option value="">Choose…</option>
            {question.rights.map((r, j) => <option key={r} value={String(j)}>{r}</option>)}
          </select>
          {graded ? (
            <span class={graded.parts[i] ? 'mark right' : 'mark wrong'}>
              {graded.parts[i] ? '✓ right' : `✗ should be: ${question.rights[question.answer[i]!]}`}
            </span>
          ) : null}
        </div>
      ))}
      {graded ? null : <button type="submit" class="button primary" disabled={!complete}>Check my matches</button>}
    </form>
  );
}
