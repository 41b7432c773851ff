import type { Card } from '../../domain/deck/types';
import { ROUTES } from '../../domain/map';
import { Link } from '../router';
import { LazyCorridorMap } from './LazyMap';

/** A corridor card shows its route on the map (loaded on first use, precached for offline). */
export function RouteMap({ card }: { card: Card }) {
  const route = ROUTES.find((r) => r.tags.some((t) => card.tags.includes(t)));
  if (!route) return null;
  return (
    <figure class="card-map">
      <LazyCorridorMap mode="view" labels="places" highlight={route.id} label={`Map: ${route.name}, highlighted. ${route.course}`} />
      <figcaption>{route.name} (schematic). <Link href={`/map?route=${route.id}`}>Open it on the map</Link></figcaption>
    </figure>
  );
}
