/**
 * The alignment web as a graph: one node per actor that some link names, one edge per pair of
 * actors and link type. Links from several decks that join the same pair with the same type are
 * one edge, carrying every link's label and source and all their cards. Pure: the same decks, in
 * any order, give the same graph.
 */

import type { ActorId, AlignmentLink, Card, CardSource, LinkType } from '../deck/types';
import { ACTOR_ORDER, LINK_TYPE_ORDER, actorName } from './actors';

/** What the graph needs of a deck: its id, title, card prompts and links. */
export interface WebDeck {
  id: string;
  title: string;
  cards: readonly Pick<Card, 'id' | 'prompt'>[];
  links?: readonly AlignmentLink[];
}

export interface WebCard {
  deckId: string;
  cardId: string;
  prompt: string;
}

/** One deck's link behind an edge: its own words and where they come from. */
export interface WebLinkSource {
  deckId: string;
  deckTitle: string;
  linkId: string;
  label: string;
  source: CardSource;
}

export interface WebEdge {
  /** `<actor>--<actor>--<type>`, the two actors in the order of the actor list. */
  id: string;
  from: ActorId;
  to: ActorId;
  type: LinkType;
  links: WebLinkSource[];
  cards: WebCard[];
}

export interface WebNode {
  id: ActorId;
  name: string;
}

export interface AlignmentGraph {
  nodes: WebNode[];
  edges: WebEdge[];
}

const actorIndex = (id: ActorId) => ACTOR_ORDER.indexOf(id);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The graph of every link in the given decks. */
export function buildGraph(decks: readonly WebDeck[]): AlignmentGraph {
  const found: { deck: WebDeck; link: AlignmentLink }[] = [];
  for (const deck of decks) for (const link of deck.links ?? []) found.push({ deck, link });
  // Sorting first makes the result independent of the order of decks and of links within a deck.
  found.sort((x, y) => compare(x.deck.id, y.deck.id) || compare(x.link.id, y.link.id));

  const edges = new Map<string, WebEdge>();
  for (const { deck, link } of found) {
    const [a, b] = actorIndex(link.from) <= actorIndex(link.to) ? [link.from, link.to] : [link.to, link.from];
    const id = `${a}--${b}--${link.type}`;
    let edge = edges.get(id);
    if (!edge) {
      edge = { id, from: link.from, to: link.to, type: link.type, links: [], cards: [] };
      edges.set(id, edge);
    }
    edge.links.push({ deckId: deck.id, deckTitle: deck.title, linkId: link.id, label: link.label, source: link.source });
    for (const cardId of link.cards) {
      const card = deck.cards.find((c) => c.id === cardId);
      if (card && !edge.cards.some((c) => c.deckId === deck.id && c.cardId === cardId)) {
        edge.cards.push({ deckId: deck.id, cardId, prompt: card.prompt });
      }
    }
  }
  const list = [...edges.values()].filter((e) => e.cards.length > 0);
  for (const edge of list) edge.cards.sort((x, y) => compare(x.deckId, y.deckId) || compare(x.cardId, y.cardId));
  const ends = (e: WebEdge) => [e.from, e.to].map(actorIndex).sort((x, y) => x - y) as [number, number];
  list.sort((x, y) => {
    const [xa, xb] = ends(x);
    const [ya, yb] = ends(y);
    return xa - ya || xb - yb || LINK_TYPE_ORDER.indexOf(x.type) - LINK_TYPE_ORDER.indexOf(y.type);
  });
  const named = new Set(list.flatMap((e) => [e.from, e.to]));
  const nodes = ACTOR_ORDER.filter((id) => named.has(id)).map((id) => ({ id, name: actorName(id) }));
  return { nodes, edges: list };
}

/** The edges that touch one actor, in graph order. */
export function edgesOf(graph: AlignmentGraph, actor: ActorId): WebEdge[] {
  return graph.edges.filter((e) => e.from === actor || e.to === actor);
}
