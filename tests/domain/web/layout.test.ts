import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDecks } from '../../../scripts/deck-loader';
import { buildGraph, type AlignmentGraph } from '../../../src/domain/web/graph';
import { layoutWeb, overlaps, type WebLayout } from '../../../src/domain/web/layout';

const { decks } = loadDecks(fileURLToPath(new URL('../../../decks', import.meta.url)));
const graph = buildGraph(decks);
// Every check below holds trivially for an empty picture: refuse one rather than pass on it.
if (graph.nodes.length < 5 || graph.edges.length < 10) throw new Error(`the shipped decks draw ${graph.nodes.length} actors and ${graph.edges.length} ties; expected at least 5 and 10`);

/** A fixed reordering (no randomness in tests either): odd positions first, then even, reversed. */
function reorder<T>(list: readonly T[]): T[] {
  return [...list.filter((_, i) => i % 2 === 1), ...list.filter((_, i) => i % 2 === 0)].reverse();
}

function crossings(layout: WebLayout): number {
  const ccw = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) => (cy - ay) * (bx - ax) - (by - ay) * (cx - ax);
  let n = 0;
  const es = layout.edges;
  for (let i = 0; i < es.length; i++) {
    for (let j = i + 1; j < es.length; j++) {
      const a = es[i]!;
      const b = es[j]!;
      // Lines that meet at an actor (offset side by side there) are not crossings.
      const ends = (id: string) => id.split('--').slice(0, 2);
      if (ends(a.id).some((x) => ends(b.id).includes(x))) continue;
      const d1 = ccw(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
      const d2 = ccw(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
      const d3 = ccw(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
      const d4 = ccw(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
      if (d1 * d2 < 0 && d3 * d4 < 0) n++;
    }
  }
  return n;
}

describe('the alignment web layout', () => {
  const layout = layoutWeb(graph);

  it('gives the same coordinates for the same graph, every time', () => {
    expect(layoutWeb(graph)).toEqual(layout);
    expect(layoutWeb(structuredClone(graph))).toEqual(layout);
  });

  it('gives the same coordinates when the nodes, edges or decks come in another order', () => {
    const shuffled: AlignmentGraph = { nodes: reorder(graph.nodes), edges: reorder(graph.edges) };
    expect(layoutWeb(shuffled)).toEqual(layout);
    expect(layoutWeb(buildGraph(reorder(decks)))).toEqual(layout);
  });

  it('places every actor once, with no two nodes overlapping', () => {
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    for (const [i, a] of layout.nodes.entries()) {
      for (const b of layout.nodes.slice(i + 1)) {
        expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} and ${b.id}`).toBeGreaterThan(2 * layout.nodeRadius + 12);
      }
    }
  });

  it('keeps labels inside the picture, clear of each other and of every node', () => {
    for (const n of layout.nodes) {
      const b = n.label.box;
      expect(b.x >= 0 && b.y >= 0 && b.x + b.width <= layout.width && b.y + b.height <= layout.height, n.id).toBe(true);
      for (const m of layout.nodes) {
        const circle = { x: m.x - layout.nodeRadius, y: m.y - layout.nodeRadius, width: 2 * layout.nodeRadius, height: 2 * layout.nodeRadius };
        expect(overlaps(b, circle), `label ${n.id} over node ${m.id}`).toBe(false);
        if (m !== n) expect(overlaps(b, m.label.box), `labels ${n.id} and ${m.id}`).toBe(false);
      }
    }
  });

  it('is readable on a 390 px phone: labels at least 12 px when the picture is 358 px wide', () => {
    expect(layout.fontSize * (358 / layout.width)).toBeGreaterThanOrEqual(12);
    expect(layout.width).toBeLessThanOrEqual(360);
  });

  it('draws every edge, and offsets two ties between the same actors so they do not overlap', () => {
    expect(layout.edges.map((e) => e.id).sort()).toEqual(graph.edges.map((e) => e.id).sort());
    const byPair = new Map<string, typeof layout.edges>();
    for (const e of layout.edges) {
      const key = e.id.split('--').slice(0, 2).join('--');
      byPair.set(key, [...(byPair.get(key) ?? []), e]);
    }
    const parallel = [...byPair.values()].filter((list) => list.length > 1);
    expect(parallel.length).toBeGreaterThan(0);
    for (const [a, b] of parallel) {
      expect(Math.hypot(a!.x1 - b!.x1, a!.y1 - b!.y1)).toBeCloseTo(layout.parallelGap, 0);
    }
  });

  it('orders the actors so that few edges cross', () => {
    // The shipped web cannot be drawn with fewer than three crossings of actor pairs (a search of every
    // circular order finds three since the Iran–Armenia tie of shared interest was added; one before);
    // a pair drawn as two parallel lines counts twice, so the best order gives five crossing lines.
    expect(crossings(layout)).toBeLessThanOrEqual(5);
  });

  it('lays out a small or empty graph without failing', () => {
    expect(layoutWeb({ nodes: [], edges: [] }).nodes).toEqual([]);
    const two = buildGraph([{
      id: 'd', title: 'D', cards: [{ id: 'ali-001', prompt: 'P' }],
      links: [{ id: 'x', from: 'iran', to: 'russia', type: 'military', label: 'L', cards: ['ali-001'], source: { type: 'article', quote: 'q' } }],
    }]);
    const small = layoutWeb(two);
    expect(small.nodes).toHaveLength(2);
    expect(small.edges).toHaveLength(1);
  });
});
