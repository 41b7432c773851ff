import type { Card } from '../../domain/deck/types';
import { studySteps } from '../../domain/quiz/order';
import { LazyRouteMap } from '../map/LazyMap';
import { SourceNote } from './SourceNote';

const KIND_LABELS: Record<Card['kind'], string> = {
  basic: 'Question',
  cloze: 'Fill the gap',
  mcq: 'Question',
  truefalse: 'True or false?',
  perspective: 'Both sides',
  order: 'Put in order',
};

/**
 * The front of a card: card text is always rendered as text, never as HTML. In Study an order
 * card's front lists its steps shuffled, to be recalled in order; a list of cards shows the prompt only.
 */
export function CardPrompt({ card, withSteps = false }: { card: Card; withSteps?: boolean }) {
  return (
    <div class="card-prompt">
      <p class="kind">
        {KIND_LABELS[card.kind]}
        {card.source.type === 'background' ? <span class="badge">Background</span> : null}
      </p>
      <p class="prompt" data-testid="prompt">{card.prompt}</p>
      {withSteps && card.kind === 'order' ? (
        <>
          <p class="muted">In no particular order:</p>
          <ul class="steps shuffled">{studySteps(card).map((step) => <li key={step}>{step}</li>)}</ul>
        </>
      ) : null}
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
      ) : card.kind === 'order' && card.steps ? (
        <ol class="answer steps">{card.steps.map((step) => <li key={step}>{step}</li>)}</ol>
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
