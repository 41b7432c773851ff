import { useState } from 'preact/hooks';
import { deleteImportedDeck, ratingsOfDeck } from '../../app/custom-decks';
import { decksUpdatedSinceStudied } from '../../app/deck-changes';
import { explainError } from '../../app/storage-errors';
import { TOPIC_TITLES, type DeckSummary } from '../../domain/deck/types';
import { Link } from '../router';
import { useServices } from '../services-context';
import { useAsync } from '../use-async';
import { count } from '../../domain/words';

/** Every deck with what it teaches; an imported deck can be deleted, with its progress, after a confirmation. */
export function DeckList({ onDeleted }: { onDeleted(): void }) {
  const services = useServices();
  const { catalog } = services;
  const updated = useAsync(() => decksUpdatedSinceStudied(services), []);
  // Intros are a chunk of their own (out of the first load); the list shows without them until they come.
  const notes = useAsync(() => catalog.notes(), [catalog.summaries]);
  return (
    <ul class="deck-list">
      {catalog.summaries.map((deck) => (
        <li key={deck.id} class="library-deck">
          <h2><Link href={`/library/${encodeURIComponent(deck.id)}`}>{deck.title}</Link></h2>
          <p class="muted">{TOPIC_TITLES[deck.topic]} · {deck.cardIds.length} cards{catalog.isImported(deck.id) ? '' : ` · version ${deck.version}`}</p>
          {updated.status === 'ready' && updated.value.has(deck.id) ? <p><span class="badge changed">Updated since you last studied it</span></p> : null}
          {notes.status === 'ready' ? <p>{notes.value.get(deck.id)?.intro}</p> : null}
          {catalog.isImported(deck.id) ? <DeleteDeck deck={deck} onDeleted={onDeleted} /> : null}
        </li>
      ))}
    </ul>
  );
}

function DeleteDeck({ deck, onDeleted }: { deck: DeckSummary; onDeleted(): void }) {
  const services = useServices();
  const [ratings, setRatings] = useState<number>();
  const [error, setError] = useState<string>();
  const ask = async () => {
    setRatings(await ratingsOfDeck(services, deck));
  };
  const remove = async () => {
    try {
      await deleteImportedDeck(services, deck.id);
      onDeleted();
    } catch (e) {
      setError(explainError(e).message);
    }
  };
  if (ratings === undefined) {
    return <button type="button" class="button" onClick={() => void ask()} aria-label={`Delete ${deck.title}…`}>Delete…</button>;
  }
  return (
    <div class="confirm" role="group" aria-label={`Delete ${deck.title}?`}>
      <p>Delete "{deck.title}" with its {count(deck.cardIds.length, 'card')} and {count(ratings, 'rating')}? This cannot be undone.</p>
      <p class="actions">
        <button type="button" class="button danger" onClick={() => void remove()}>Delete the deck</button>
        <button type="button" class="button" onClick={() => setRatings(undefined)}>Keep it</button>
      </p>
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
}
