import { TOPIC_TITLES } from '../../domain/deck/types';
import { CardAnswer, CardPrompt } from '../components/CardFace';
import { Notice } from '../components/Notice';
import { Link } from '../router';
import { useServices } from '../services-context';
import { useAsync } from '../use-async';

/** The shipped decks: what each teaches, its talking points, and every card to browse. */
export function Library() {
  const { catalog } = useServices();
  return (
    <>
      <h1>Library</h1>
      <ul class="deck-list">
        {catalog.summaries.map((deck) => (
          <li key={deck.id} class="library-deck">
            <h2><Link href={`/library/${encodeURIComponent(deck.id)}`}>{deck.title}</Link></h2>
            <p class="muted">{TOPIC_TITLES[deck.topic]} · {deck.cardIds.length} cards · version {deck.version}</p>
            <p>{deck.intro}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

export function DeckPage({ deckId }: { deckId: string }) {
  const { catalog } = useServices();
  const deck = useAsync(() => catalog.load(deckId), [deckId]);
  if (deck.status === 'loading') return <p aria-busy="true">Loading the deck…</p>;
  if (deck.status === 'error') return <Notice kind="error">{deck.message} <Link href="/library">Back to the Library</Link>.</Notice>;
  const d = deck.value;
  return (
    <>
      <p><Link href="/library">← Library</Link></p>
      <h1>{d.title}</h1>
      <p>{d.intro}</p>
      <p><Link class="button primary" href={`/study?deck=${encodeURIComponent(d.id)}`}>Study this deck</Link></p>
      <section aria-labelledby="points-title">
        <h2 id="points-title">Talking points</h2>
        <ul class="talking-points">
          {d.talkingPoints.map((p) => <li key={p}>{p}</li>)}
        </ul>
      </section>
      <section aria-labelledby="cards-title">
        <h2 id="cards-title">All {d.cards.length} cards</h2>
        <ol class="card-browser">
          {d.cards.map((card) => (
            <li key={card.id} id={card.id}>
              <details>
                <summary><CardPrompt card={card} /></summary>
                <CardAnswer card={card} />
              </details>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
