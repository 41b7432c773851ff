import { useMemo, useState } from 'preact/hooks';
import { LINK_TYPE_LABELS, LINK_TYPE_ORDER } from '../../domain/web/actors';
import type { AlignmentGraph } from '../../domain/web/graph';
import { layoutWeb } from '../../domain/web/layout';
import { EdgePanel } from './EdgePanel';
import { DASH, Swatch, edgeName } from './edge-style';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The alignment web: actors as labelled circles, ties as lines styled per type (dash pattern and
 * colour) with a legend. Every line is a button: a tap, Enter or Space opens its cards below.
 */
export function AlignmentWeb({ graph }: { graph: AlignmentGraph }) {
  const layout = useMemo(() => layoutWeb(graph), [graph]);
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const edge = graph.edges.find((e) => e.id === selected);
  const placed = new Map(layout.edges.map((p) => [p.id, p]));
  const types = LINK_TYPE_ORDER.filter((t) => graph.edges.some((e) => e.type === t));
  const close = () => {
    const id = selected;
    setSelected(undefined);
    // Back to the line that opened the panel, so keyboard users keep their place.
    if (id) requestAnimationFrame(() => document.querySelector<SVGElement>(`.web-edge[data-edge="${id}"]`)?.focus());
  };
  // On a phone the drawing sticks to the top while the panel scrolls under it; on a wide screen they sit side by side.
  return (
    <div class="web-layout">
      <p id="web-caption" class="muted web-caption">Tap a line, or Tab to it and press Enter, to see the cards that teach that tie.</p>
      <figure class="web">
        <svg class="web-svg" viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-labelledby="web-caption">
          <g class="web-edges">
            {/* In the graph's order (Iran's ties first), which is also the Tab order. */}
            {graph.edges.map((e) => {
              const p = placed.get(e.id);
              if (!p) return null;
              const open = (ev: Event) => { ev.preventDefault(); setSelected(e.id); };
              return (
                <g
                  key={e.id}
                  class={`web-edge web-type-${e.type}`}
                  data-edge={e.id}
                  tabindex={0}
                  role="button"
                  aria-label={edgeName(e)}
                  aria-expanded={selected === e.id}
                  onClick={open}
                  onKeyDown={(ev) => { if (ev.key === 'Enter' || ev.key === ' ') open(ev); }}
                >
                  <line class="hit" x1={p.x1} y1={p.y1} x2={p.x2} y2={p.y2} stroke="transparent" stroke-width="16" />
                  <line class="stroke" x1={p.x1} y1={p.y1} x2={p.x2} y2={p.y2} stroke-width="3.5" stroke-linecap="round" stroke-dasharray={DASH[e.type]} />
                </g>
              );
            })}
          </g>
          <g class="web-nodes" aria-hidden="true">
            {layout.nodes.map((n) => (
              <g key={n.id} data-actor={n.id}>
                <circle cx={n.x} cy={n.y} r={layout.nodeRadius} stroke-width="2.5" />
                <text x={n.label.x} y={n.label.y} text-anchor={n.label.anchor} font-size={layout.fontSize} font-weight="600" paint-order="stroke" stroke-width="4" stroke-linejoin="round">{n.name}</text>
              </g>
            ))}
          </g>
        </svg>
      </figure>
      {edge ? <EdgePanel edge={edge} onClose={close} /> : null}
      <ul class="web-legend" aria-label="Legend">
        {types.map((t) => <li key={t}><Swatch type={t} /> {capital(LINK_TYPE_LABELS[t])}</li>)}
      </ul>
    </div>
  );
}
