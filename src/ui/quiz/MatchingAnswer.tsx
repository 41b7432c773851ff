import { useEffect, useRef, useState } from 'preact/hooks';
import type { MatchingQuestion } from '../../domain/quiz';
import type { AnswerProps } from './kinds';

/**
 * Each left text is a group with one button that shows its match and opens the list of right texts
 * (a disclosure), one list open at a time, its texts wrapping: nothing grows wider than a phone, as
 * a <select> grows to its longest option, and each right text is shown once, not once per left
 * text. A pick closes the list and opens the next unmatched one, so matching in order is a tap per
 * pair. By keyboard: Tab and Enter; for a screen reader each group is named by its left text and the
 * button says the match and whether its list is open. Once checked, each group says the match chosen
 * and, when wrong, the right one.
 */
export function MatchingAnswer({ question, graded, onAnswer }: AnswerProps<MatchingQuestion, readonly (number | null)[]>) {
  const [choice, setChoice] = useState<(number | null)[]>(question.pairs.map(() => null));
  const [open, setOpen] = useState<number | null>(0);
  // After a pick, focus goes to the button of the group that opened next (or back to its own).
  const [focusRow, setFocusRow] = useState<number>();
  const toggles = useRef<(HTMLButtonElement | null)[]>([]);
  useEffect(() => { if (focusRow !== undefined) toggles.current[focusRow]?.focus(); }, [focusRow]);
  const complete = choice.every((c) => c !== null);

  const pick = (i: number, j: number) => {
    const next = choice.map((x, k) => (k === i ? j : x));
    setChoice(next);
    const after = [...next.keys()].map((k) => (i + 1 + k) % next.length).find((k) => next[k] === null);
    setOpen(after ?? null);
    setFocusRow(after ?? i);
  };

  return (
    <form class="matching" onSubmit={(e) => { e.preventDefault(); if (complete) onAnswer(choice); }}>
      {question.pairs.map((pair, i) => {
        const chosen = choice[i] ?? null;
        const right = question.answer[i]!;
        return (
          <fieldset class="match-row" key={pair.cardId + pair.left} data-pair={i}>
            <legend>{pair.left}</legend>
            {graded ? (
              <>
                <p class={`match-result ${graded.parts[i] ? 'right' : 'wrong'}`}>
                  <span class={graded.parts[i] ? 'mark right' : 'mark wrong'}>{graded.parts[i] ? '✓ Your match:' : '✗ Your match:'}</span>{' '}
                  {chosen === null ? 'none' : question.rights[chosen]}
                </p>
                {graded.parts[i] ? null : <p class="match-result right"><span class="mark right">✓ The match:</span> {question.rights[right]}</p>}
              </>
            ) : (
              <>
                <button
                  type="button" class="match-toggle" ref={(el) => { toggles.current[i] = el; }}
                  aria-expanded={open === i} aria-controls={open === i ? `match-${i}-options` : undefined}
                  onClick={() => setOpen(open === i ? null : i)}
                >
                  <span class="match-chosen">
                    {chosen === null ? 'Choose its match' : <><span class="visually-hidden">Your match: </span>{question.rights[chosen]}</>}
                  </span>
                  <span class="match-chevron" aria-hidden="true">{open === i ? '▴' : '▾'}</span>
                </button>
                {open === i ? (
                  <ul class="match-options" id={`match-${i}-options`}>
                    {question.rights.map((text, j) => {
                      const usedElsewhere = choice.some((c, k) => c === j && k !== i);
                      return (
                        <li key={text}>
                          <button type="button" class="match-option" data-right={j} aria-pressed={chosen === j} onClick={() => pick(i, j)}>
                            <span class="match-text">{text}</span>
                            {usedElsewhere ? <span class="match-used">already matched to another</span> : null}
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                ) : null}
              </>
            )}
          </fieldset>
        );
      })}
      {graded ? null : <button type="submit" class="button primary" disabled={!complete}>Check my matches</button>}
    </form>
  );
}
