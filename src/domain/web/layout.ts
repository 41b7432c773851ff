/**
 * Where the alignment web's nodes, labels and edges go: actors on an ellipse, in the circular order
 * with the fewest crossing edges (ties: the shortest edges, then the first order in the actor list),
 * so no edge passes through a node. Pure and deterministic: no randomness, and the graph's order
 * does not matter. Sized for a phone: a 360 × 420 viewBox drawn about 358 px wide at 390 px.
 */
import type { ActorId } from '../deck/types';
import { ACTOR_ORDER } from './actors';
import type { AlignmentGraph } from './graph';

export interface LayoutOptions {
  width: number;
  height: number;
  nodeRadius: number;
  /** Label size in viewBox units. */
  fontSize: number;
  /** Distance between parallel edges joining the same two actors. */
  parallelGap: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { width: 360, height: 420, nodeRadius: 18, fontSize: 14, parallelGap: 10 };

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedNode {
  id: ActorId;
  name: string;
  x: number;
  y: number;
  label: { x: number; y: number; anchor: 'start' | 'middle' | 'end'; box: Box };
}

export interface PlacedEdge {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface WebLayout extends LayoutOptions {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** Beyond this many actors the order search (n−1)! is skipped and the actor list's order is used. */
const MAX_SEARCH = 9;
/** An estimate of a label's width: generous, so that labels that fit here fit in any sans-serif. */
export const labelWidth = (text: string, fontSize: number) => text.length * fontSize * 0.62;

const round = (v: number) => Math.round(v * 10) / 10;

export function layoutWeb(graph: AlignmentGraph, options: Partial<LayoutOptions> = {}): WebLayout {
  const o = { ...DEFAULT_LAYOUT, ...options };
  const nodes = [...graph.nodes].sort((a, b) => ACTOR_ORDER.indexOf(a.id) - ACTOR_ORDER.indexOf(b.id));
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const pairKey = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);
  const pairs = new Map<string, [number, number]>();
  for (const e of graph.edges) {
    const a = index.get(e.from);
    const b = index.get(e.to);
    if (a === undefined || b === undefined || a === b) continue;
    pairs.set(pairKey(a, b), a < b ? [a, b] : [b, a]);
  }
  const order = bestOrder(nodes.length, [...pairs.values()]);

  const cx = o.width / 2;
  const cy = o.height / 2;
  const rx = o.width / 2 - 60;
  const ry = o.height / 2 - 50;
  const slot = new Map<number, number>(order.map((node, k) => [node, k]));
  const placed: PlacedNode[] = [];
  const circles: Box[] = [];
  const n = nodes.length;
  const points = nodes.map((_, i) => {
    // Slot 0 on the left, then clockwise.
    const angle = Math.PI + (2 * Math.PI * (slot.get(i) ?? 0)) / Math.max(1, n);
    return { x: round(cx + rx * Math.cos(angle)), y: round(cy + ry * Math.sin(angle)), angle };
  });
  for (const p of points) circles.push({ x: p.x - o.nodeRadius - 2, y: p.y - o.nodeRadius - 2, width: 2 * o.nodeRadius + 4, height: 2 * o.nodeRadius + 4 });
  const labels: Box[] = [];
  nodes.forEach((node, i) => {
    const p = points[i]!;
    const label = placeLabel(node.name, p, o, [...circles, ...labels]);
    labels.push(label.box);
    placed.push({ id: node.id, name: node.name, x: p.x, y: p.y, label });
  });

  // Edges joining the same two actors are drawn side by side, in the graph's order.
  const byPair = new Map<string, string[]>();
  for (const e of graph.edges) {
    const a = index.get(e.from);
    const b = index.get(e.to);
    if (a === undefined || b === undefined || a === b) continue;
    const key = pairKey(a, b);
    byPair.set(key, [...(byPair.get(key) ?? []), e.id]);
  }
  const edges: PlacedEdge[] = [];
  for (const [key, ids] of byPair) {
    const [a, b] = pairs.get(key)!;
    const pa = points[a]!;
    const pb = points[b]!;
    const length = Math.hypot(pb.x - pa.x, pb.y - pa.y) || 1;
    const nx = -(pb.y - pa.y) / length;
    const ny = (pb.x - pa.x) / length;
    [...ids].sort().forEach((id, k) => {
      const shift = (k - (ids.length - 1) / 2) * o.parallelGap;
      edges.push({ id, x1: round(pa.x + nx * shift), y1: round(pa.y + ny * shift), x2: round(pb.x + nx * shift), y2: round(pb.y + ny * shift) });
    });
  }
  edges.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { ...o, nodes: placed, edges };
}

/** The circular order of nodes 0…n−1 with the fewest crossings, node 0 fixed in slot 0. */
function bestOrder(n: number, pairs: readonly [number, number][]): number[] {
  const identity = Array.from({ length: n }, (_, i) => i);
  if (n <= 3 || n > MAX_SEARCH) return identity;
  let best = identity;
  let bestScore = score(identity, pairs);
  const rest = identity.slice(1);
  // Permutations in lexicographic order: the first with the lowest score wins, so ties are settled the same way every time.
  for (const perm of permutations(rest)) {
    const order = [0, ...perm];
    const s = score(order, pairs);
    if (s[0] < bestScore[0] || (s[0] === bestScore[0] && s[1] < bestScore[1])) {
      best = order;
      bestScore = s;
    }
  }
  return best;
}

function score(order: readonly number[], pairs: readonly [number, number][]): [number, number] {
  const n = order.length;
  const pos: number[] = [];
  order.forEach((node, k) => { pos[node] = k; });
  const chords = pairs.map(([a, b]) => {
    const x = pos[a]!;
    const y = pos[b]!;
    return x < y ? [x, y] as const : [y, x] as const;
  });
  let crossings = 0;
  for (let i = 0; i < chords.length; i++) {
    for (let j = i + 1; j < chords.length; j++) {
      const [a, b] = chords[i]!;
      const [c, d] = chords[j]!;
      if (a === c || a === d || b === c || b === d) continue;
      if ((a < c && c < b) !== (a < d && d < b)) crossings++;
    }
  }
  const length = chords.reduce((sum, [a, b]) => sum + Math.min(b - a, n - (b - a)), 0);
  return [crossings, length];
}

function* permutations(items: readonly number[]): Generator<number[]> {
  if (items.length <= 1) {
    yield [...items];
    return;
  }
  for (let i = 0; i < items.length; i++) {
    const rest = [...items.slice(0, i), ...items.slice(i + 1)];
    for (const tail of permutations(rest)) yield [items[i]!, ...tail];
  }
}

/** The first place beside the node (outward first) that stays inside the picture and clear of what is placed. */
function placeLabel(text: string, p: { x: number; y: number; angle: number }, o: LayoutOptions, taken: readonly Box[]): PlacedNode['label'] {
  const w = labelWidth(text, o.fontSize);
  const ascent = o.fontSize * 0.8;
  const descent = o.fontSize * 0.25;
  const gap = 5;
  const below = { x: p.x, y: p.y + o.nodeRadius + gap + ascent, anchor: 'middle' as const };
  const above = { x: p.x, y: p.y - o.nodeRadius - gap - descent, anchor: 'middle' as const };
  const right = { x: p.x + o.nodeRadius + gap, y: p.y + ascent / 2, anchor: 'start' as const };
  const left = { x: p.x - o.nodeRadius - gap, y: p.y + ascent / 2, anchor: 'end' as const };
  const sin = Math.sin(p.angle);
  const cos = Math.cos(p.angle);
  const vertical = sin > 0 ? [below, above] : [above, below];
  const [outward, inward] = cos > 0 ? [right, left] : [left, right];
  // Inward last: inside the ellipse a label would sit among the edges.
  const candidates = Math.abs(sin) >= 0.5 ? [...vertical, outward, inward] : [outward, ...vertical, inward];
  const boxOf = (c: { x: number; y: number; anchor: 'start' | 'middle' | 'end' }): Box => ({
    x: round(c.anchor === 'middle' ? c.x - w / 2 : c.anchor === 'end' ? c.x - w : c.x),
    y: round(c.y - ascent),
    width: round(w),
    height: round(ascent + descent),
  });
  const inside = (b: Box) => b.x >= 2 && b.y >= 2 && b.x + b.width <= o.width - 2 && b.y + b.height <= o.height - 2;
  const fits = candidates.find((c) => {
    const b = boxOf(c);
    return inside(b) && !taken.some((t) => overlaps(b, t));
  }) ?? candidates.find((c) => inside(boxOf(c))) ?? below;
  return { x: round(fits.x), y: round(fits.y), anchor: fits.anchor, box: boxOf(fits) };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
