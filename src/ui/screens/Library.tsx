import { useEffect, useState } from 'preact/hooks';
import { TOPIC_TITLES } from '../../domain/deck/types';
import { LEECH_LAPSES } from '../../domain/scheduler';
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
      <Leeches />
    </>
  );
}

/** Cards forgotten LEECH_LAPSES times are suspended; here they can be looked at and brought back. */
function Leeches() {
  const services = useServices();
  const [version, setVersion] = useState(0);
  const leeches = useAsync(async () => {
    const [suspended, cards] = await Promise.all([services.progress.suspended(), services.catalog.cards()]);
    return suspended.flatMap((m) => {
      const ref = cards.get(m.cardId);
      return ref ? [{ memory: m, ...ref }] : [];
    });
  }, [version]);
  const unsuspend = async (cardId: string) => {
    await services.progress.setSuspended(cardId, false);
    setVersion((v) => v + 1);
  };
  return (
    <section aria-labelledby="leeches-title">
      <h2 id="leeches-title">Leeches</h2>
      <p class="muted">Cards you have forgotten {LEECH_LAPSES} times are taken out of study so they stop eating your time. Rewrite them in your head, then bring them back.</p>
      {leeches.status !== 'ready' ? null : leeches.value.length === 0 ? (
        <p data-testid="no-leeches">No leeches.</p>
      ) : (
        <ul class="leeches">
          {leeches.value.map(({ memory, card, deck }) => (
            <li key={card.id}>
              <span>{card.prompt} <span class="muted">({memory.lapses} lapses)</span></span>
              <span class="actions">
                <Link class="button" href={`/library/${encodeURIComponent(deck.id)}#${card.id}`}>Show the card</Link>
                <button type="button" class="button" onClick={() => void unsuspend(card.id)}>Unsuspend</button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function DeckPage({ deckId }: { deckId: string }) {
  const { catalog } = useServices();
  const deck = useAsync(() => catalog.load(deckId), [deckId]);
  // "Show the card" links here with the card id as fragment: open it and bring it into view.
  useEffect(() => {
    if (deck.status === 'ready' && location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [deck.status]);
  if (deck.status === 'loading') return <p aria-busy="true">Loading the deck…</p>;
  if (deck.status === 'error') return <Notice kind="error">{deck.message} <Link href="/library">Back to the Library</Link>.</Notice>;
  const d = deck.value;
  const openCard = location.hash.slice(1);
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
              <details open={openCard === card.id}>
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
