import { useState } from 'preact/hooks';
import { loadLeeches, unsuspendCard } from '../../app/leeches';
import { LEECH_LAPSES } from '../../domain/memory';
import { Link } from '../router';
import { useServices } from '../services-context';
import { useAsync } from '../use-async';

/** Cards forgotten LEECH_LAPSES times are suspended; here they can be looked at and brought back. */
export function Leeches() {
  const services = useServices();
  const [version, setVersion] = useState(0);
  const leeches = useAsync(() => loadLeeches(services), [version]);
  const unsuspend = async (cardId: string) => {
    await unsuspendCard(services, cardId);
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
