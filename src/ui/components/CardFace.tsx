import type { Card } from '../../domain/deck/types';
import { LazyRouteMap } from '../map/LazyMap';
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
      <LazyRouteMap card={card} />
      <SourceNote source={card.source} />
    </div>
  );
}
