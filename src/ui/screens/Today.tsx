import { useState } from 'preact/hooks';
import { dismissBackupReminder, loadBackupReminder } from '../../app/backup-reminder';
import { loadToday } from '../../app/today';
import { contentReach } from '../../domain/deck/reach';
import { describeInterval } from '../../domain/interval';
import { count, plural } from '../../domain/words';
import { Link } from '../router';
import { useServices } from '../services-context';
import { useAsync } from '../use-async';
import { Notice } from '../components/Notice';
import { ProblemNotice } from '../components/ProblemNotice';
import { FirstVisitGate } from '../components/FirstVisitGate';

export function Today() {
  const services = useServices();
  const today = useAsync(() => loadToday(services), []);
  if (today.status === 'loading') return <p aria-busy="true">Loading your decks…</p>;
  if (today.status === 'error') {
    const { problem } = today;
    return (
      <>
        <h1>Today</h1>
        <ProblemNotice problem={problem} context="Could not read your progress" />
        {problem.storage === 'unavailable' || problem.storage === 'newer-version' ? (
          <p data-testid="still-works">
            Meanwhile you can still read every deck in the <Link href="/library">Library</Link>, and explore
            the <Link href="/map">Map</Link> and the <Link href="/web">alignment web</Link>.
          </p>
        ) : null}
      </>
    );
  }
  const t = today.value;
  const now = services.clock.now();
  const work = t.due + t.new;
  return (
    <>
      <h1>Today</h1>
      <FirstVisitGate />
      <BackupReminder />
      <section class="summary" aria-label="Summary">
        <p class="big-figures">
          <span><strong data-testid="due-total">{t.due}</strong> due</span>
          <span><strong data-testid="new-total">{t.new}</strong> new</span>
          <span><strong data-testid="streak">{t.streak}</strong> {plural(t.streak, 'day')} in a row</span>
        </p>
        {work > 0 ? (
          <Link class="button primary big" href="/study">Study now</Link>
        ) : (
          <p>
            You are done for today.
            {t.nextDue !== undefined ? ` The next card is due ${describeInterval(t.nextDue - now)}.` : ''}
          </p>
        )}
      </section>
      {t.deckNews ? <LazyDeckNews /> : <div hidden data-testid="no-deck-news" />}
      <h2>Decks</h2>
      <p class="muted" data-testid="content-reach">{contentReach()}</p>
      <ul class="deck-list">
        {t.decks.map(({ deck, due, new: fresh }) => (
          <li key={deck.id} class="deck">
            <div>
              <h3>{deck.title}</h3>
              <p class="muted">{count(deck.cardIds.length, 'card')}</p>
            </div>
            <p class="counts" aria-label={`${deck.title}: ${due} due, ${fresh} new`}>
              <span>{due} due</span> · <span>{fresh} new</span>
            </p>
            {due + fresh > 0 ? (
              <Link class="button" href={`/study?deck=${encodeURIComponent(deck.id)}`} aria-label={`Study ${deck.title}`}>Study</Link>
            ) : (
              <span class="muted">Nothing due</span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** What changed in an updated deck: rare, so its code loads only when there is something to tell. */
function LazyDeckNews() {
  const news = useAsync(() => import('../components/DeckNews').then((m) => m.DeckNews), []);
  if (news.status !== 'ready') return null;
  const DeckNews = news.value;
  return <DeckNews />;
}

/** Every 200 ratings since the last backup, a gentle nudge; "Not now" puts it off for another 200. */
function BackupReminder() {
  const services = useServices();
  const reminder = useAsync(() => loadBackupReminder(services), []);
  const [dismissed, setDismissed] = useState(false);
  if (reminder.status !== 'ready') return null;
  // Loaded apart from Today's figures: this empty mark tells "no reminder due" from "not read yet",
  // which look alike, so the browser test of "Not now" can wait for the answer instead of a delay.
  if (dismissed || !reminder.value.due) return <div hidden data-testid="no-backup-reminder" />;
  const { ratingsSinceBackup, lastBackupAt } = reminder.value;
  return (
    <div class="backup-reminder" data-testid="backup-reminder">
      <Notice kind="info">
        {lastBackupAt === undefined
          ? `Your ${ratingsSinceBackup} ratings are kept only in this browser, with no backup yet.`
          : `You have made ${ratingsSinceBackup} ratings since your last backup.`}{' '}
        <Link class="button" href="/library#backup">Back up now</Link>{' '}
        <button type="button" class="button subtle" onClick={() => { setDismissed(true); void dismissBackupReminder(services); }}>Not now</button>
      </Notice>
    </div>
  );
}
