import { loadToday } from '../../app/today';
import { describeInterval } from '../../domain/interval';
import { Link } from '../router';
import { useServices } from '../services-context';
import { useAsync } from '../use-async';
import { Notice } from '../components/Notice';

export function Today() {
  const services = useServices();
  const today = useAsync(() => loadToday(services), []);
  if (today.status === 'loading') return <p aria-busy="true">Loading your decks…</p>;
  if (today.status === 'error') return <Notice kind="error">Could not read your progress: {today.message}</Notice>;
  const t = today.value;
  const now = services.clock.now();
  const work = t.due + t.new;
  return (
    <>
      <h1>Today</h1>
      <section class="summary" aria-label="Summary">
        <p class="big-figures">
          <span><strong data-testid="due-total">{t.due}</strong> due</span>
          <span><strong data-testid="new-total">{t.new}</strong> new</span>
          <span><strong data-testid="streak">{t.streak}</strong> day{t.streak === 1 ? '' : 's'} streak</span>
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
      <h2>Decks</h2>
      <ul class="deck-list">
        {t.decks.map(({ deck, due, new: fresh }) => (
          <li key={deck.id} class="deck">
            <div>
              <h3>{deck.title}</h3>
              <p class="muted">{deck.cardIds.length} cards</p>
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
