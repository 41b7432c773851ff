import { useEffect } from 'preact/hooks';
import { changesSinceStudied } from '../../app/deck-changes';
import { CardAnswer, CardPrompt } from '../components/CardFace';
import { changeCounts } from '../components/DeckNews';
import { Notice } from '../components/Notice';
import { Link } from '../router';
import { useServices } from '../services-context';
import { useAsync } from '../use-async';
import '../components/library.css';

/** One deck: its introduction, talking points and every card, with "Show the card" links opening one. */
export function DeckPage({ deckId }: { deckId: string }) {
  const services = useServices();
  const deck = useAsync(async () => {
    const loaded = await services.catalog.load(deckId);
    // Marks are a help, not the page: the deck shows even if they cannot be read.
    return { loaded, changes: await changesSinceStudied(services, loaded).catch(() => undefined) };
  }, [deckId]);
  // "Show the card" links here with the card id as fragment: open it and bring it into view.
  useEffect(() => {
    if (deck.status === 'ready' && location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [deck.status]);
  if (deck.status === 'loading') return <p aria-busy="true">Loading the deck…</p>;
  if (deck.status === 'error') return <Notice kind="error">{deck.message} <Link href="/library">Back to the Library</Link>.</Notice>;
  const { loaded: d, changes } = deck.value;
  const mark = (id: string) => (changes?.added.includes(id) ? 'New' : changes?.changed.includes(id) ? 'Changed' : undefined);
  const openCard = location.hash.slice(1);
  return (
    <>
      <p><Link href="/library">← Library</Link></p>
      <h1>{d.title}</h1>
      <p>{d.intro}</p>
      {changes ? (
        <p class="deck-changes" data-testid="deck-changes">
          Updated since you last studied it: {changeCounts(changes.added.length, changes.changed.length, changes.retired.length)}
          {changes.added.length + changes.changed.length ? ', marked below' : ''}.
        </p>
      ) : null}
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
                <summary>
                  {mark(card.id) ? <span class="badge changed" data-testid="card-mark">{mark(card.id)} since you last studied this deck</span> : null}
                  <CardPrompt card={card} />
                </summary>
                <CardAnswer card={card} />
              </details>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
