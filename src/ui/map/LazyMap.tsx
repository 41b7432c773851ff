import { useEffect, useState } from 'preact/hooks';
import type { Card } from '../../domain/deck/types';
import type { CorridorMapProps } from './CorridorMap';

type MapModule = typeof import('./CorridorMap');
let loaded: MapModule | undefined;

/**
 * The corridor map, loaded on first use: quiz and classroom screens show it only for map questions,
 * so its paths stay out of their chunks. Precached like every chunk, so this works offline.
 */
export function LazyCorridorMap({ note = false, ...props }: CorridorMapProps & { /** Say under the map that routes are schematic and where borders come from. */ note?: boolean }) {
  const [mod, setMod] = useState<MapModule | undefined>(loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (loaded) return;
    import('./CorridorMap').then((m) => { loaded = m; setMod(m); }, () => setFailed(true));
  }, []);
  if (failed) return <p role="alert">The map could not be loaded. Check your connection and reload.</p>;
  if (!mod) return <p aria-busy="true">Loading the map…</p>;
  return note ? <><mod.CorridorMap {...props} /><mod.MapLegend names={false} /></> : <mod.CorridorMap {...props} />;
}

type RouteMapModule = typeof import('./RouteMap');
let routeMap: RouteMapModule | undefined;

/**
 * A corridor card's route on the map, under its answer. Which card has a route is known only to the
 * map's place data, so that data loads with the first answer shown, not with the first screen;
 * nothing is drawn until then, and nothing at all for a card with no route.
 */
export function LazyRouteMap({ card }: { card: Card }) {
  const [mod, setMod] = useState<RouteMapModule | undefined>(routeMap);
  useEffect(() => {
    if (routeMap) return;
    import('./RouteMap').then((m) => { routeMap = m; setMod(m); }, () => undefined);
  }, []);
  return mod ? <mod.RouteMap card={card} /> : null;
}
