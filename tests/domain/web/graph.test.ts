import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDecks } from '../../../scripts/deck-loader';
import { ACTOR_IDS, LINK_TYPES } from '../../../src/domain/deck/types';
import { ACTOR_NAMES, ACTOR_ORDER, LINK_TYPE_LABELS, LINK_TYPE_ORDER } from '../../../src/domain/web/actors';
import { buildGraph, edgesOf } from '../../../src/domain/web/graph';

const { decks } = loadDecks(fileURLToPath(new URL('../../../decks', import.meta.url)));
const graph = buildGraph(decks);

describe('the alignment web built from the shipped decks', () => {
  it('has ties to draw', () => {
    expect(graph.edges.length).toBeGreaterThanOrEqual(10);
    expect(graph.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['iran', 'azerbaijan', 'israel', 'turkey', 'russia']));
  });

  it('gives every edge at least one card, and every card exists in the deck the edge names', () => {
    const cards = new Map(decks.map((d) => [d.id, new Set(d.cards.map((c) => c.id))]));
    for (const edge of graph.edges) {
      expect(edge.cards.length, edge.id).toBeGreaterThan(0);
      for (const c of edge.cards) expect(cards.get(c.deckId)?.has(c.cardId), `${edge.id}: ${c.deckId}/${c.cardId}`).toBe(true);
      expect(edge.links.length, edge.id).toBeGreaterThan(0);
    }
  });

  it('has a source on every link behind an edge, quoted or dated background', () => {
    for (const edge of graph.edges) {
      for (const l of edge.links) expect(['article', 'background'], `${edge.id} ${l.deckId}/${l.linkId}`).toContain(l.source.type);
    }
  });

  it('joins two different actors on every edge, and lists an edge under both of its actors', () => {
    for (const edge of graph.edges) {
      expect(edge.from).not.toBe(edge.to);
      expect(edgesOf(graph, edge.from)).toContain(edge);
      expect(edgesOf(graph, edge.to)).toContain(edge);
    }
  });

  it('merges links of the same pair and type from several decks into one edge', () => {
    const arms = graph.edges.filter((e) => e.type === 'arms' && [e.from, e.to].sort().join() === 'azerbaijan,israel');
    expect(arms).toHaveLength(1);
    expect(new Set(arms[0]!.links.map((l) => l.deckId)).size).toBeGreaterThan(1);
  });

  it('is the same graph whatever the order of the decks and of their links', () => {
    const shuffled = [...decks].reverse().map((d) => ({ ...d, links: d.links ? [...d.links].reverse() : undefined }));
    expect(buildGraph(shuffled)).toEqual(graph);
  });
});

describe('actor and link-type wording', () => {
  it('names every actor and labels every type, in the order deck validation knows them', () => {
    expect(ACTOR_ORDER).toEqual([...ACTOR_IDS]);
    expect(LINK_TYPE_ORDER).toEqual([...LINK_TYPES]);
    for (const id of ACTOR_IDS) expect(ACTOR_NAMES[id]).toBeTruthy();
    for (const t of LINK_TYPES) expect(LINK_TYPE_LABELS[t]).toBeTruthy();
    expect(new Set(Object.values(LINK_TYPE_LABELS)).size).toBe(LINK_TYPES.length);
  });
});
