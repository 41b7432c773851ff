import { loadDeckNews, type ChangedCard, type DeckNews as News } from '../../app/deck-changes';
import { Link } from '../router';
import { useServices } from '../services-context';
import { useAsync } from '../use-async';
import { count, plural } from '../../domain/words';

const cards = (n: number) => count(n, 'card');

/** "2 new cards, 1 changed and 1 retired", leaving out what did not happen. */
export function changeCounts(added: number, changed: number, retired: number): string {
  const parts = [
    ...(added ? [count(added, 'new card')] : []),
    ...(changed ? [`${changed} changed`] : []),
    ...(retired ? [`${retired} retired`] : []),
  ];
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function CardLinks({ label, deckId, list }: { label: string; deckId: string; list: ChangedCard[] }) {
  if (list.length === 0) return null;
  return (
    <>
      <p class="news-label">{label}</p>
      <ul>{list.map((c) => <li key={c.id}><Link href={`/library/${encodeURIComponent(deckId)}#${c.id}`}>{c.prompt}</Link></li>)}</ul>
    </>
  );
}

/**
 * What changed in each deck updated since the learner last studied it, shown once on Today (the
 * Library keeps marking the cards). Loaded apart from Today's figures, which never wait for it.
 */
export function DeckNews() {
  const services = useServices();
  const news = useAsync(() => loadDeckNews(services), []);
  if (news.status !== 'ready') return null;
  // As with the backup reminder: this empty mark tells "nothing changed" from "not read yet", for the browser test.
  if (news.value.length === 0) return <div hidden data-testid="no-deck-news" />;
  return (
    <section class="deck-news" aria-labelledby="news-title" data-testid="deck-news">
      <h2 id="news-title">What changed</h2>
      {news.value.map((n: News) => (
        <article key={n.deck.id} class="news-deck">
          <h3>{n.deck.title} <span class="muted">(version {n.deck.version})</span></h3>
          <p>Since you last studied it: {changeCounts(n.added.length, n.changed.length, n.retired.length)}.</p>
          <CardLinks label="New:" deckId={n.deck.id} list={n.added} />
          <CardLinks label="Changed:" deckId={n.deck.id} list={n.changed} />
          {n.retired.length ? <p>Retired: {cards(n.retired.length)} ({n.retired.join(', ')}). Your ratings of {plural(n.retired.length, 'it', 'them')} stay in your history.</p> : null}
        </article>
      ))}
      <p class="muted">This is shown once. The Library marks these cards until you study the deck again.</p>
    </section>
  );
}
