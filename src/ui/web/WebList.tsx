import type { AlignmentGraph } from '../../domain/web/graph';
import { edgesOf } from '../../domain/web/graph';
import { EdgeCards } from './EdgePanel';
import { Swatch, edgeTitle } from './edge-style';

/** The web as lists: under each actor, every tie it has, with the cards and sources behind it. */
export function WebList({ graph }: { graph: AlignmentGraph }) {
  return (
    <section aria-labelledby="web-list-title" class="web-list" data-testid="web-list">
      <h2 id="web-list-title">The web as a list</h2>
      <p class="muted">The same ties, listed under each actor.</p>
      {graph.nodes.map((node) => (
        <section key={node.id} aria-labelledby={`web-actor-${node.id}`}>
          <h3 id={`web-actor-${node.id}`}>{node.name}</h3>
          <ul class="web-ties">
            {edgesOf(graph, node.id).map((e) => (
              <li key={e.id} data-edge={e.id}>
                <details>
                  <summary><Swatch type={e.type} /> {edgeTitle(e)} <span class="muted">({e.cards.length} {e.cards.length === 1 ? 'card' : 'cards'})</span></summary>
                  <EdgeCards edge={e} />
                </details>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
