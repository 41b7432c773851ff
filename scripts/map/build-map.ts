/**
 * The corridor map, built at build time: Natural Earth's 50m countries (world-atlas) projected with
 * d3-geo onto a small SVG, as path strings in whole user units, so the browser gets a few kilobytes
 * of paths and no geodata library.
 *
 * - Azerbaijan is split into Azerbaijan proper and Nakhchivan, the polygon of its multipolygon that
 *   lies west of Armenia.
 * - The Caspian Sea is the hole that Natural Earth's land polygon (land-50m) leaves for it: world-atlas
 *   has no seas, but the Caspian is the one inland hole of Eurasia in this box, so its ring, turned
 *   into a polygon, is the sea exactly up to the same coastlines as the countries.
 * - Syunik is not in Natural Earth's countries: it is approximated as the part of Armenia south of
 *   39.72°N and east of 45.75°E (the map says so in its legend).
 * - Routes are schematic: straight lines through a few hand-placed waypoints.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { PLACE_IDS, ROUTE_IDS, type PlaceId, type RouteId } from '../../src/domain/map/places.ts';
import type { MapGeometry, MapLabel } from '../../src/ui/map/geometry.ts';

/** The box the map shows, in degrees: the South Caucasus, a strip of its neighbours and the western Caspian. */
export const BOUNDS = { west: 38.6, east: 51.6, south: 36.4, north: 44.6 } as const;
export const WIDTH = 600;
/** Syunik, approximately: Armenia south and east of these (degrees). */
export const SYUNIK_BOX = { west: 45.75, north: 39.72 } as const;
/** Drop a point closer than this (user units) to the line through its neighbours. */
const TOLERANCE = 0.8;

/** Natural Earth country names (world-atlas `properties.name`) of the map's countries. */
const COUNTRY_NAMES: Record<Exclude<PlaceId, 'nakhchivan' | 'syunik' | 'caspian'>, string> = {
  azerbaijan: 'Azerbaijan', armenia: 'Armenia', georgia: 'Georgia', iran: 'Iran', turkey: 'Turkey', russia: 'Russia',
};

/** Schematic waypoints, [longitude, latitude]; the first and last may lie on the map's edge. */
const ROUTE_WAYPOINTS: Record<RouteId, Position[]> = {
  // Baku → Horadiz → across Syunik by the Aras (Meghri) → along the Aras past Ordubad and Julfa →
  // Nakhchivan city → Sadarak, on the Turkish border → Kars.
  zangezur: [[49.85, 40.42], [47.05, 39.45], [46.24, 38.92], [45.95, 38.89], [45.62, 38.96], [45.35, 39.17], [44.82, 39.63], [44.05, 39.92], [43.1, 40.55]],
  // Shah Deniz → Sangachal → Ganja → Gardabani → Akhaltsikhe → Erzurum → west, off the map to Europe.
  'southern-gas-corridor': [[50.3, 39.95], [49.45, 40.18], [46.35, 40.68], [45.1, 41.45], [43.0, 41.63], [41.3, 39.95], [BOUNDS.west + 0.35, 39.9]],
  // Tabriz → the Aras at Agarak → Kajaran and Goris → Yerevan → Gyumri → Tbilisi → Upper Lars → Vladikavkaz.
  'iran-north': [[46.29, 38.08], [46.5, 38.9], [46.2, 39.2], [46.3, 39.5], [44.51, 40.18], [43.85, 40.79], [44.8, 41.7], [44.63, 42.74], [44.68, 43.02]],
  // Bandar Anzali → across the sea → Makhachkala, and on north (towards Astrakhan).
  'caspian-link': [[49.47, 37.47], [50.4, 38.9], [50.9, 40.6], [49.3, 41.9], [47.8, 42.95], [47.9, 44.5]],
};
/** Where the off-map arrows point, as the direction of the last leg. */
const ARROWS: readonly RouteId[] = ['southern-gas-corridor', 'caspian-link'];

/** [longitude, latitude, text, and for a small region the point its leader line points to]. */
type LabelSpec = [number, number, string, [number, number]?];

const PLACE_LABELS: Record<PlaceId, LabelSpec> = {
  azerbaijan: [48.1, 40.85, 'Azerbaijan'],
  nakhchivan: [44.55, 38.75, 'Nakhchivan', [45.2, 39.22]],
  armenia: [44.75, 40.55, 'Armenia'],
  syunik: [47.05, 38.95, 'Syunik (approx.)', [46.35, 39.25]],
  georgia: [43.6, 42.15, 'Georgia'],
  iran: [47.6, 37.2, 'Iran'],
  turkey: [40.6, 38.9, 'Turkey'],
  russia: [42.6, 44.15, 'Russia'],
  caspian: [50.5, 42.6, 'Caspian Sea'],
};
const ROUTE_LABELS: Record<RouteId, LabelSpec> = {
  zangezur: [43.2, 40.0, 'Zangezur (proposed)'],
  'southern-gas-corridor': [41.6, 40.85, 'Southern Gas Corridor'],
  'iran-north': [45.9, 43.25, "Iran's route north"],
  'caspian-link': [49.9, 41.45, 'Caspian link'],
};
const NOTES: LabelSpec[] = [
  [40.4, 43.2, 'Black Sea'],
  [39.6, 39.55, '← to Europe'],
];

const require = createRequire(import.meta.url);
const readJson = <T>(name: string): T => JSON.parse(readFileSync(require.resolve(name), 'utf8')) as T;

type Shape = Polygon | MultiPolygon;

/** The projection fitted to BOUNDS at WIDTH, and the height that makes the box fit exactly. */
export function mapProjection(): { projection: GeoProjection; height: number } {
  const frame: Position[] = [];
  for (let i = 0; i <= 20; i++) {
    const lon = BOUNDS.west + ((BOUNDS.east - BOUNDS.west) * i) / 20;
    const lat = BOUNDS.south + ((BOUNDS.north - BOUNDS.south) * i) / 20;
    frame.push([lon, BOUNDS.south], [lon, BOUNDS.north], [BOUNDS.west, lat], [BOUNDS.east, lat]);
  }
  const box = { type: 'MultiPoint' as const, coordinates: frame };
  const projection = geoConicConformal()
    .parallels([38, 43])
    .rotate([-(BOUNDS.west + BOUNDS.east) / 2, 0])
    .fitWidth(WIDTH, box);
  const [[, y0], [, y1]] = geoPath(projection).bounds(box);
  const height = Math.ceil(y1 - y0);
  projection.fitSize([WIDTH, height], box).clipExtent([[-2, -2], [WIDTH + 2, height + 2]]);
  return { projection, height };
}

/** Distance from p to the line through a and b. */
function offLine(p: number[], a: number[], b: number[]): number {
  const dx = b[0]! - a[0]!;
  const dy = b[1]! - a[1]!;
  const length = Math.hypot(dx, dy);
  if (length === 0) return Math.hypot(p[0]! - a[0]!, p[1]! - a[1]!);
  return Math.abs(dy * (p[0]! - a[0]!) - dx * (p[1]! - a[1]!)) / length;
}

/** Douglas–Peucker on one run of points, keeping its ends. */
function simplify(points: number[][], tolerance: number): number[][] {
  if (points.length < 3) return points;
  let worst = 0;
  let at = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const d = offLine(points[i]!, points[0]!, points[points.length - 1]!);
    if (d > worst) { worst = d; at = i; }
  }
  if (worst <= tolerance) return [points[0]!, points[points.length - 1]!];
  return [...simplify(points.slice(0, at + 1), tolerance).slice(0, -1), ...simplify(points.slice(at), tolerance)];
}

/**
 * Renders d3's path calls into compact SVG: whole units, relative moves, repeated points dropped,
 * each run simplified; a closed ring of fewer than three points (a speck) is dropped.
 */
class CompactPath {
  private runs: { points: number[][]; closed: boolean }[] = [];
  private current: number[][] | undefined;
  moveTo(x: number, y: number): void { this.current = [[x, y]]; this.runs.push({ points: this.current, closed: false }); }
  lineTo(x: number, y: number): void { this.current?.push([x, y]); }
  closePath(): void { const run = this.runs[this.runs.length - 1]; if (run) run.closed = true; }
  arc(): void { /* points are not drawn */ }
  toString(): string {
    let out = '';
    let px = 0;
    let py = 0;
    for (const run of this.runs) {
      const rounded: number[][] = [];
      for (const [x, y] of simplify(run.points, TOLERANCE)) {
        const r = [Math.round(x!), Math.round(y!)];
        const last = rounded[rounded.length - 1];
        if (!last || last[0] !== r[0] || last[1] !== r[1]) rounded.push(r);
      }
      if (run.closed) {
        while (rounded.length > 1 && rounded[rounded.length - 1]![0] === rounded[0]![0] && rounded[rounded.length - 1]![1] === rounded[0]![1]) rounded.pop();
        if (rounded.length < 3) continue;
      } else if (rounded.length < 2) continue;
      const num = (n: number, first: boolean) => (first || n < 0 ? String(n) : ` ${n}`);
      const [x0, y0] = rounded[0]!;
      out += `${out === '' ? 'M' : 'm'}${num(x0! - px, true)}${num(y0! - py, false)}`;
      px = x0!; py = y0!;
      out += 'l';
      rounded.slice(1).forEach(([x, y], i) => {
        out += `${num(x! - px, i === 0)}${num(y! - py, false)}`;
        px = x!; py = y!;
      });
      // After z the pen is back at the ring's start, which the next relative move counts from.
      if (run.closed) { out += 'z'; px = x0!; py = y0!; }
    }
    return out;
  }
}

function pathOf(projection: GeoProjection, geometry: Shape | Feature | FeatureCollection | { type: 'LineString'; coordinates: Position[] }): string {
  const context = new CompactPath();
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(geometry as Parameters<ReturnType<typeof geoPath>>[0]);
  return context.toString();
}

/** Sutherland–Hodgman: the ring clipped to lon ≥ west and lat ≤ north (in degrees; fine for a province-sized box). */
function clipRing(ring: Position[], west: number, north: number): Position[] {
  const clip = (points: Position[], inside: (p: Position) => boolean, cross: (a: Position, b: Position) => Position) => {
    const out: Position[] = [];
    points.forEach((p, i) => {
      const prev = points[(i + points.length - 1) % points.length]!;
      if (inside(p)) {
        if (!inside(prev)) out.push(cross(prev, p));
        out.push(p);
      } else if (inside(prev)) out.push(cross(prev, p));
    });
    return out;
  };
  const open = ring.slice(0, -1);
  const atLon = (a: Position, b: Position): Position => [west, a[1]! + ((b[1]! - a[1]!) * (west - a[0]!)) / (b[0]! - a[0]!)];
  const atLat = (a: Position, b: Position): Position => [a[0]! + ((b[0]! - a[0]!) * (north - a[1]!)) / (b[1]! - a[1]!), north];
  const clipped = clip(clip(open, (p) => p[0]! >= west, atLon), (p) => p[1]! <= north, atLat);
  return clipped.length < 3 ? [] : [...clipped, clipped[0]!];
}

const inBox = (p: Position, b: { west: number; east: number; south: number; north: number }) =>
  p[0]! >= b.west && p[0]! <= b.east && p[1]! >= b.south && p[1]! <= b.north;
const polygonsOf = (g: Shape): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** An arrowhead (a closed triangle path) at `tip`, pointing away from `from`, both in user units. */
function arrowhead(from: number[], tip: number[], size = 11): string {
  const dx = tip[0]! - from[0]!;
  const dy = tip[1]! - from[1]!;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const back = [tip[0]! - ux * size, tip[1]! - uy * size];
  const a = [back[0]! - uy * size * 0.55, back[1]! + ux * size * 0.55];
  const b = [back[0]! + uy * size * 0.55, back[1]! - ux * size * 0.55];
  const r = (n: number) => Math.round(n);
  return `M${r(tip[0]!)} ${r(tip[1]!)}L${r(a[0]!)} ${r(a[1]!)}L${r(b[0]!)} ${r(b[1]!)}z`;
}

export function buildMap(): MapGeometry {
  const { projection, height } = mapProjection();
  const countries = readJson<Topology<{ countries: GeometryCollection<{ name: string }> }>>('world-atlas/countries-50m.json');
  const landTopo = readJson<Topology<{ land: GeometryCollection }>>('world-atlas/land-50m.json');
  const all = feature(countries, countries.objects.countries).features as Feature<Shape, { name: string }>[];
  const byName = (name: string) => {
    const f = all.find((c) => c.properties.name === name);
    if (!f) throw new Error(`world-atlas has no country named ${name}`);
    return f.geometry;
  };

  const places = {} as Record<PlaceId, string>;
  for (const [id, name] of Object.entries(COUNTRY_NAMES) as [keyof typeof COUNTRY_NAMES, string][]) {
    if (id !== 'azerbaijan') places[id] = pathOf(projection, byName(name));
  }

  // Nakhchivan: the polygon of Azerbaijan's multipolygon lying wholly between 44.5 and 46.3°E, 38.7 and 40°N.
  const nakhchivanBox = { west: 44.5, east: 46.3, south: 38.7, north: 40 };
  const azerbaijan = polygonsOf(byName('Azerbaijan'));
  const nakhchivan = azerbaijan.filter((poly) => poly[0]!.every((p) => inBox(p, nakhchivanBox)));
  if (nakhchivan.length !== 1) throw new Error(`expected one Nakhchivan polygon in Azerbaijan's outline, found ${nakhchivan.length}`);
  places.nakhchivan = pathOf(projection, { type: 'Polygon', coordinates: nakhchivan[0]! });
  places.azerbaijan = pathOf(projection, { type: 'MultiPolygon', coordinates: azerbaijan.filter((p) => p !== nakhchivan[0]) });

  // Syunik: Armenia's main polygon clipped to the approximate box.
  const armenia = polygonsOf(byName('Armenia')).reduce((a, b) => (b[0]!.length > a[0]!.length ? b : a));
  const syunik = clipRing(armenia[0]!, SYUNIK_BOX.west, SYUNIK_BOX.north);
  if (syunik.length < 4) throw new Error('the Syunik box does not cut Armenia');
  places.syunik = pathOf(projection, { type: 'Polygon', coordinates: [syunik] });

  // The Caspian: the hole of the land polygon that contains a point of the open sea.
  const land = feature(landTopo, landTopo.objects.land) as FeatureCollection<Shape>;
  const holes = land.features.flatMap((f) => polygonsOf(f.geometry).flatMap((poly) => poly.slice(1)));
  const caspian = holes.find((ring) => ring.some((p) => p[0]! > 50 && p[1]! > 44) && ring.some((p) => p[1]! < 37.5));
  if (!caspian) throw new Error('no Caspian hole in land-50m');
  // A hole winds the other way round from an outer ring: reversed, it is a polygon of its own.
  places.caspian = pathOf(projection, { type: 'Polygon', coordinates: [[...caspian].reverse()] });

  // Other land in view: every other country whose outline reaches into the box.
  const named = new Set(Object.values(COUNTRY_NAMES));
  const view = { west: BOUNDS.west - 1, east: BOUNDS.east + 1, south: BOUNDS.south - 1, north: BOUNDS.north + 1 };
  const others = all.filter((c) => !named.has(c.properties.name) && polygonsOf(c.geometry).some((poly) => poly[0]!.some((p) => inBox(p, view))));
  const landPath = pathOf(projection, { type: 'FeatureCollection', features: others });

  const routes = {} as MapGeometry['routes'];
  for (const id of ROUTE_IDS) {
    const points = ROUTE_WAYPOINTS[id].map((p) => projection(p as [number, number])!);
    const r = (n: number) => Math.round(n);
    const d = `M${points.map((p) => `${r(p[0]!)} ${r(p[1]!)}`).join('L')}`;
    routes[id] = { d, ...(ARROWS.includes(id) ? { arrow: arrowhead(points[points.length - 2]!, points[points.length - 1]!) } : {}) };
  }

  const at = (p: [number, number]) => projection(p)!.map(Math.round) as [number, number];
  const label = ([lon, lat, text, to]: LabelSpec): MapLabel => {
    const [x, y] = at([lon, lat]);
    return { x, y, text, ...(to ? { to: at(to) } : {}) };
  };
  const placeLabels = Object.fromEntries(PLACE_IDS.map((id) => [id, label(PLACE_LABELS[id])])) as MapGeometry['placeLabels'];
  const routeLabels = Object.fromEntries(ROUTE_IDS.map((id) => [id, label(ROUTE_LABELS[id])])) as MapGeometry['routeLabels'];
  return { width: WIDTH, height, land: landPath, places, routes, placeLabels, routeLabels, notes: NOTES.map(label) };
}
