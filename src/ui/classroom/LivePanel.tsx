import { useState } from 'preact/hooks';
import type { LoadedClass } from '../../app/classroom';
import type { LiveClass } from './use-live-class';
import { LiveCounts } from './LiveCounts';
import { Link } from '../router';

/** What the live status line says, in plain words. */
export function liveStatusText(live: LiveClass, questions: number): string {
  const { availability, feed, tally } = live;
  if (feed?.status.state === 'unreachable') return "Server unreachable — students' answers will still arrive as codes. Trying again…";
  if (!feed || feed.status.state === 'connecting') return 'Live: connecting to the server…';
  if (!tally || tally.students === 0) return 'Live: waiting for the first answers.';
  // The furthest question anyone has answered: where the class is.
  let at = 0;
  tally.perQuestion.forEach((q, i) => { if (q.answered + q.timedOut > 0) at = i; });
  const q = tally.perQuestion[at]!;
  const finished = tally.finished ? `; ${tally.finished} finished` : '';
  return `Live: ${q.answered} of ${tally.students} answered question ${at + 1} of ${questions}${finished}.`;
}

/** The class page's live panel: "Run live" when a sync server is set up, then the live status and counts per question. */
export function LivePanel({ loaded, live }: { loaded: LoadedClass; live: LiveClass }) {
  const [revealed, setRevealed] = useState(false);
  const { availability, feed, tally } = live;
  if (!availability) return null;
  if (availability.kind === 'no-server') {
    return <p class="muted" data-testid="live-offer">To run this class live — answers arriving as students press — set up sync in <Link href="/settings">Settings</Link> first.</p>;
  }
  return (
    <section aria-labelledby="live-title" class="panel" data-testid="live-panel">
      <h2 id="live-title">Live class</h2>
      {availability.kind === 'ready' ? (
        <>
          <p>Run this class live on your sync server ({new URL(availability.target.server).host}): students' answers arrive here and on the projector as they press. Students need no account; students without a network still finish and get their result code.</p>
          <p><button type="button" class="button primary" disabled={live.running} onClick={() => void live.run()}>{live.running ? 'Setting up…' : 'Run live'}</button></p>
          {live.runError ? <p role="alert" data-testid="live-error">{live.runError}</p> : null}
        </>
      ) : availability.kind === 'unreachable' ? (
        <>
          <p role="status" data-testid="live-status">Your sync server ({new URL(availability.target.server).host}) could not be reached, so this class cannot run live just now. Result codes work as always.</p>
          <p><button type="button" class="button" onClick={live.retry}>Try the server again</button></p>
        </>
      ) : (
        <>
          <p role="status" data-testid="live-status">{liveStatusText(live, loaded.quiz.questions.length)}</p>
          {feed && feed.refused > 0 ? (
            <p class="muted" data-testid="live-refused">{feed.refused} document{feed.refused === 1 ? ' on the server was not an answer' : 's on the server were not answers'} of this quiz and {feed.refused === 1 ? 'was' : 'were'} ignored.</p>
          ) : null}
          {tally && tally.students > 0 ? (
            <>
              <p><button type="button" class="button" aria-pressed={revealed} onClick={() => setRevealed((r) => !r)}>{revealed ? 'Hide the answers chosen' : 'Show the answers chosen'}</button></p>
              <ol class="live-questions" data-testid="live-questions">
                {loaded.quiz.questions.map((q, i) => (
                  <li key={q.id}>
                    <p>{q.prompt}</p>
                    <LiveCounts question={q} tally={tally.perQuestion[i]!} students={tally.students} revealed={revealed} />
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
