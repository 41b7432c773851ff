import { useEffect, useRef, useState } from 'preact/hooks';
import { explainError, type Explanation } from '../../app/storage-errors';
import { startStudy, type StudyController, type StudyView } from '../../app/study';
import { describeInterval } from '../../domain/interval';
import { count } from '../../domain/words';
import type { Grade } from '../../domain/memory';
import { CardAnswer, CardPrompt } from '../components/CardFace';
import { GradeButtons } from '../components/GradeButtons';
import { ProblemNotice } from '../components/ProblemNotice';
import { Notice } from '../components/Notice';
import { ProgressBar } from '../components/ProgressBar';
import { Link, navigate } from '../router';
import { useServices } from '../services-context';
import { markFirstCard } from '../perf';
import { useDocumentKeys } from '../use-document-keys';

export function Study({ deckIds, cardIds }: { deckIds: string[]; cardIds: string[] }) {
  const services = useServices();
  const [controller, setController] = useState<StudyController>();
  const [view, setView] = useState<StudyView>();
  const [failed, setFailed] = useState<Explanation>();
  // The answer is shown for one particular turn: a new card, or the same card back after undo,
  // starts hidden in the very render that shows it.
  const [revealedTurn, setRevealedTurn] = useState<number>();
  const revealButton = useRef<HTMLButtonElement>(null);
  const selectionKey = `${deckIds.join(',')}|${cardIds.join(',')}`;

  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let live = true;
    let started: StudyController | undefined;
    startStudy(services, { deckIds, cardIds }).then((c) => {
      if (!live) { c.close(); return; }
      started = c;
      setController(c);
      setView(c.view());
      unsubscribe = c.subscribe(() => setView(c.view()));
    }, (e: unknown) => live && setFailed(explainError(e)));
    return () => {
      live = false;
      unsubscribe?.();
      started?.close();
      services.updates.sessionRunning(false);
    };
  }, [selectionKey]);

  const studying = view?.status === 'studying';
  const cardId = view?.card?.id;
  const turn = view?.turn;
  const revealed = turn !== undefined && revealedTurn === turn;
  const setRevealed = (shown: boolean) => setRevealedTurn(shown ? turn : undefined);
  useEffect(() => services.updates.sessionRunning(studying), [studying]);
  useEffect(() => {
    if (!cardId) return;
    revealButton.current?.focus();
    markFirstCard();
  }, [turn]);

  const rate = (grade: Grade) => { if (controller && revealed) void controller.rate(grade); };
  const undo = () => { if (controller && view?.canUndo) void controller.undo(); };

  useDocumentKeys((e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || !view) return;
    const key = e.key.toLowerCase();
    if (key === 'u') { e.preventDefault(); undo(); return; }
    if (key === 'escape') { navigate('/'); return; }
    if (view.status !== 'studying') return;
    if (!revealed && (key === ' ' || key === 'enter')) { e.preventDefault(); setRevealed(true); return; }
    // After the answer, Space or Enter means Good, as in Anki — unless a grade button has focus.
    if (revealed && (key === ' ' || key === 'enter') && !(e.target instanceof HTMLButtonElement)) { e.preventDefault(); rate(3); return; }
    if (revealed && ['1', '2', '3', '4'].includes(key)) { e.preventDefault(); rate(Number(key) as Grade); }
  });

  if (failed) return <><h1>Study</h1><ProblemNotice problem={failed} context="Could not start studying" /></>;
  if (!view || view.status === 'loading') return <p aria-busy="true">Preparing your cards…</p>;
  if (view.status === 'error') return <><h1>Study</h1><ProblemNotice problem={view.error ?? explainError(undefined)} /></>;

  const header = (
    <div class="study-header">
      <ProgressBar value={view.progress} label={`Session progress: ${view.reviewed} reviewed, ${view.remaining} to go`} />
      <p class="muted" aria-live="polite">
        {view.reviewed} reviewed · {view.remaining} to go
      </p>
    </div>
  );

  if (view.status === 'done') {
    const now = services.clock.now();
    return (
      <>
        <h1>Study</h1>
        {header}
        <section class="done" aria-labelledby="done-title">
          <h2 id="done-title">Done for today</h2>
          <p data-testid="next-due">
            {view.reviewed > 0 ? `You reviewed ${count(view.reviewed, 'card')}. ` : 'Nothing is due right now. '}
            {view.nextDue !== undefined ? `The next card is due ${describeInterval(view.nextDue - now)}.` : ''}
          </p>
          {view.problem ? <ProblemNotice problem={view.problem} testId="study-problem" /> : null}
          <p class="actions">
            <Link class="button primary" href="/">Back to Today</Link>
            {view.canUndo ? <button type="button" class="button" onClick={undo}>Undo last rating <kbd>U</kbd></button> : null}
          </p>
        </section>
      </>
    );
  }

  const { card, deck, outcomes } = view;
  if (!card || !deck || !outcomes) return null;
  return (
    <>
      <h1 class="visually-hidden">Study</h1>
      {header}
      <article class="flashcard" aria-label={`Card from ${deck.title}`} data-card-id={card.id}>
        <p class="deck-name muted">{deck.title}</p>
        <CardPrompt card={card} withSteps />
        {revealed ? <CardAnswer card={card} /> : null}
      </article>
      {view.notice ? <Notice kind="info">{view.notice}</Notice> : null}
      {view.problem ? <ProblemNotice problem={view.problem} testId="study-problem" /> : null}
      <div class="study-actions">
        {revealed ? (
          <GradeButtons outcomes={outcomes} onGrade={rate} />
        ) : (
          <button ref={revealButton} type="button" class="button primary big" onClick={() => setRevealed(true)}>
            Show answer <kbd>Space</kbd>
          </button>
        )}
        <button type="button" class="button subtle" onClick={undo} disabled={!view.canUndo}>
          Undo <kbd>U</kbd>
        </button>
      </div>
    </>
  );
}
