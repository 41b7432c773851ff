import { useEffect, useRef } from 'preact/hooks';
import type { WebEdge } from '../../domain/web/graph';
import { SourceNote } from '../components/SourceNote';
import { Link } from '../router';
import { Swatch, edgeTitle } from './edge-style';

/** The cards that teach one edge, with what each deck says about it and its source. */
export function EdgeCards({ edge }: { edge: WebEdge }) {
  return (
    <>
      <ul class="web-cards">
        {edge.cards.map((c) => (
          <li key={`${c.deckId}/${c.cardId}`}>
            <Link href={`/library/${encodeURIComponent(c.deckId)}#${c.cardId}`}>{c.prompt}</Link>
          </li>
        ))}
      </ul>
      {edge.links.map((l) => (
        <div class="web-source" key={`${l.deckId}/${l.linkId}`}>
          <p>{l.label} <span class="muted">({l.deckTitle} deck)</span></p>
          <SourceNote source={l.source} />
        </div>
      ))}
    </>
  );
}

/** The panel an edge opens: its title, its cards and sources; focus moves to it and back. */
export function EdgePanel({ edge, onClose }: { edge: WebEdge; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { heading.current?.focus({ preventScroll: true }); heading.current?.scrollIntoView({ block: 'nearest' }); }, [edge.id]);
  const n = edge.cards.length;
  return (
    <section class="web-panel" aria-labelledby="web-panel-title" data-testid="web-panel">
      <h2 id="web-panel-title" tabIndex={-1} ref={heading}><Swatch type={edge.type} /> {edgeTitle(edge)}</h2>
      <p class="muted">{n} {n === 1 ? 'card teaches' : 'cards teach'} this tie. Open one to read it in its deck.</p>
      <EdgeCards edge={edge} />
      <p><button type="button" class="button" onClick={onClose}>Close</button></p>
    </section>
  );
}
