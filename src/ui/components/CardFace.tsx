import type { Card } from '../../domain/deck/types';
import { ROUTES } from '../../domain/map';
import { LazyCorridorMap } from '../map/LazyMap';
import { Link } from '../router';
import { SourceNote } from './SourceNote';

const KIND_LABELS: Record<Card['kind'], string> = {
  basic: 'Question',
  cloze: 'Fill the gap',
  mcq: 'Question',
  truefalse: 'True or false?',
  perspective: 'Both sides',
};

/** The front of a card: card text is always rendered as text, never as HTML. */
export function CardPrompt({ card }: { card: Card }) {
  return (
    <div class="card-prompt">
      <p class="kind">
        {KIND_LABELS[card.kind]}
        {card.source.type === 'background' ? <span class="badge">Background</span> : null}
      </p>
      <p class="prompt" data-testid="prompt">{card.prompt}</p>
    </div>
  );
}

export function CardAnswer({ card }: { card: Card }) {
  return (
    <div class="card-answer" data-testid="answer">
      {card.kind === 'perspective' && card.views ? (
        <dl class="views">
          {card.views.map((v) => (
            <div key={v.who}>
              <dt>{v.who}</dt>
              <dd>{v.view}</dd>
            </div>
          ))}
        </dl>
      ) : card.kind === 'truefalse' ? (
        <p class="answer">
          <strong>{card.truth ? '✓ True' : '✗ False'}</strong>
          {card.correction ? <> — {card.correction}</> : null}
        </p>
      ) : (
        <p class="answer">{card.answer}</p>
      )}
      {card.explanation ? <p class="explanation">{card.explanation}</p> : null}
      <RouteMap card={card} />
      <SourceNote source={card.source} />
    </div>
  );
}

/** A corridor card shows its route on the map (loaded on first use, precached for offline). */
function RouteMap({ card }: { card: Card }) {
  const route = ROUTES.find((r) => r.tags.some((t) => card.tags.includes(t)));
  if (!route) return null;
  return (
    <figure class="card-map">
      <LazyCorridorMap mode="view" labels="places" highlight={route.id} label={`Map: ${route.name}, highlighted. ${route.course}`} />
      <figcaption>{route.name} (schematic). <Link href={`/map?route=${route.id}`}>Open it on the map</Link></figcaption>
    </figure>
  );
}
