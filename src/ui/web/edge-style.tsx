import type { LinkType } from '../../domain/deck/types';
import { LINK_TYPE_LABELS, actorName } from '../../domain/web/actors';
import type { WebEdge } from '../../domain/web/graph';

/**
 * Each link type has a dash pattern as well as a colour (the colour is set in styles.css by
 * `web-type-<type>`), so the types stay apart without colour.
 */
export const DASH: Record<LinkType, string | undefined> = {
  arms: undefined,
  military: '12 5',
  exercises: '0.1 6',
  detente: '14 4 3 4',
  rivalry: '5 4',
  condemned: '14 4 3 4 3 4',
  interests: '2 3 8 3',
};

const cards = (n: number) => `${n} ${n === 1 ? 'card' : 'cards'}`;

/** "Azerbaijan — Israel: arms and technology" */
export const edgeTitle = (e: WebEdge) => `${actorName(e.from)} — ${actorName(e.to)}: ${LINK_TYPE_LABELS[e.type]}`;
/** "Azerbaijan — Israel: arms and technology (7 cards)" */
export const edgeName = (e: WebEdge) => `${edgeTitle(e)} (${cards(e.cards.length)})`;

/** A short sample of a type's line, for the legend and the list. */
export function Swatch({ type }: { type: LinkType }) {
  return (
    <svg class={`web-swatch web-type-${type}`} viewBox="0 0 40 10" width="40" height="10" aria-hidden="true" focusable="false">
      <line class="stroke" x1="2" y1="5" x2="38" y2="5" stroke-width="3.5" stroke-linecap="round" stroke-dasharray={DASH[type]} />
    </svg>
  );
}
