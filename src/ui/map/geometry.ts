/** The shape of the pre-projected map that scripts/map/ builds and `virtual:map` exports (SVG user units). */
import type { PlaceId, RouteId } from '../../domain/map';

export interface MapLabel {
  x: number;
  y: number;
  text: string;
  /** For a region too small to hold its name: the point inside it that a leader line from the label reaches. */
  to?: [number, number];
}

export interface MapGeometry {
  width: number;
  height: number;
  /** Neighbouring land that is not one of the map's places (drawn, not interactive). */
  land: string;
  /** Each place's outline; Syunik's is approximate, drawn over Armenia's. */
  places: Record<PlaceId, string>;
  /** Each route as a schematic line; `arrow` where it runs off the map. */
  routes: Record<RouteId, { d: string; arrow?: string }>;
  placeLabels: Record<PlaceId, MapLabel>;
  routeLabels: Record<RouteId, MapLabel>;
  /** Names that are not interactive (the Black Sea, "to Europe"). */
  notes: MapLabel[];
}
