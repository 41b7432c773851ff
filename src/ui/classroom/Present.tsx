import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { rightAnswerText, type Quiz } from '../../domain/quiz';
import { FeedbackList } from '../quiz/FeedbackList';
import { kindView } from '../quiz/kinds';
import { useDocumentKeys } from '../use-document-keys';
import './present.css';

/** Shapes as well as letters and colours, so options are told apart from the back of a room. */
export const OPTION_SHAPES = ['▲', '◆', '●', '■'] as const;
const LETTERS = ['A', 'B', 'C', 'D'] as const;

/**
 * Projector mode: one question at a time in type readable from the back of a room, a countdown,
 * an optional tally of raised hands, then the reveal with the explanation.
 * Keys: Space next (or reveal), R reveal, P pause, F full screen, Esc leave.
 */
export function Present({ quiz, title, seconds, onLeave, live }: {
  quiz: Quiz; title: string; seconds: number; onLeave(): void;
  /** A live class's counts for the question shown (see LiveCounts). */
  live?: ((index: number, revealed: boolean) => ComponentChildren) | undefined;
}) {
  const [index, setIndex] = useState(0);
  const [countdown, setCountdown] = useState({ index: 0, left: seconds });
  // Which question is revealed (or paused, or counting down), not flags reset by an effect after the
  // next question shows: a key pressed in between would be undone by the reset, and the last
  // question's finished countdown would reveal the next one at once.
  const [revealedIndex, setRevealedIndex] = useState(-1);
  const [pausedIndex, setPausedIndex] = useState(-1);
  const [tally, setTally] = useState<number[]>([0, 0, 0, 0]);
  const root = useRef<HTMLDivElement>(null);
  const q = quiz.questions[index];
  const left = countdown.index === index ? countdown.left : seconds;
  const revealed = revealedIndex === index;
  const paused = pausedIndex === index;
  const reveal = () => setRevealedIndex(index);
  const togglePause = () => setPausedIndex((p) => (p === index ? -1 : index));
  const done = index >= quiz.questions.length;

  useEffect(() => { setTally([0, 0, 0, 0]); root.current?.focus(); }, [index]);
  useEffect(() => {
    if (paused || revealed || done) return;
    if (left <= 0) { reveal(); return; }
    const t = setTimeout(() => setCountdown({ index, left: left - 1 }), 1000);
    return () => clearTimeout(t);
  }, [index, left, paused, revealed, done]);

  const next = () => (revealed ? setIndex((i) => i + 1) : reveal());
  const leave = () => { if (document.fullscreenElement) void document.exitFullscreen(); onLeave(); };
  useDocumentKeys((e) => {
    const key = e.key.toLowerCase();
    if (key === ' ' && !(e.target instanceof HTMLButtonElement)) { e.preventDefault(); if (!done) next(); }
    else if (key === 'r') reveal();
    else if (key === 'p') togglePause();
    else if (key === 'f') void root.current?.requestFullscreen?.().catch(() => undefined);
    else if (key === 'escape') leave();
  });

  if (done || !q) {
    return (
      <div class="present" ref={root} tabIndex={-1}>
        <p class="present-title">{title}</p>
        <h1 class="present-question">That was the last question.</h1>
        <p class="present-help"><button type="button" class="button big" onClick={leave}>Leave projector mode <kbd>Esc</kbd></button></p>
      </div>
    );
  }
  const { choices, Figure } = kindView(q.kind).projector;
  const { texts: options, right } = choices(q) ?? { texts: [], right: undefined };
  const hands = tally.slice(0, options.length).reduce((a, b) => a + b, 0);
  return (
    <div class="present" ref={root} tabIndex={-1} data-testid="present" data-kind={q.kind}>
      <div class="present-bar">
        <span class="present-title">{title} · question {index + 1} of {quiz.questions.length}</span>
        <span class={`countdown${left <= 5 ? ' low' : ''}`} role="timer" aria-live="off" aria-label={`${left} seconds left${paused ? ', paused' : ''}`}>
          {paused ? '⏸ ' : ''}{left}s
        </span>
      </div>
      <h1 class="present-question" data-testid="present-question">{q.prompt}</h1>
      {Figure ? <Figure question={q} revealed={revealed} /> : null}
      {options.length ? (
        <ol class="present-options">
          {options.map((text, i) => (
            <li key={text} class={`present-option o${i}${revealed && i === right ? ' right' : ''}${revealed && i !== right ? ' faded' : ''}`}>
              <span class="shape" aria-hidden="true">{OPTION_SHAPES[i]}</span>
              <span class="letter">{LETTERS[i]}</span>
              <span class="text">{text}</span>
              {revealed && i === right ? <span class="mark">✓ right</span> : null}
              <button type="button" class="tally" aria-label={`One more hand for ${LETTERS[i]}`} onClick={() => setTally((t) => t.map((n, j) => (j === i ? n + 1 : n)))}>
                Hands: {tally[i]}
              </button>
              {revealed && hands > 0 ? (
                <span class="bar" aria-label={`${tally[i]} of ${hands} hands`}><span style={{ width: `${(100 * (tally[i] ?? 0)) / hands}%` }} /></span>
              ) : null}
            </li>
          ))}
        </ol>
      ) : revealed ? null : (
        <p class="present-help">Discuss, then reveal the answer.</p>
      )}
      {live ? live(index, revealed) : null}
      {revealed ? (
        <section class="present-reveal" aria-live="polite">
          {options.length ? null : <p class="pre present-answer">{rightAnswerText(q)}</p>}
          <FeedbackList question={q} />
        </section>
      ) : null}
      <p class="present-controls">
        <button type="button" class="button big" onClick={next}>{revealed ? 'Next' : 'Reveal'} <kbd>Space</kbd></button>
        <button type="button" class="button" onClick={togglePause}>{paused ? 'Resume' : 'Pause'} <kbd>P</kbd></button>
        <button type="button" class="button" onClick={() => void root.current?.requestFullscreen?.().catch(() => undefined)}>Full screen <kbd>F</kbd></button>
        <button type="button" class="button" onClick={leave}>Leave <kbd>Esc</kbd></button>
      </p>
    </div>
  );
}
