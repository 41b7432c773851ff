import { useId, useState } from 'preact/hooks';
import { geometry } from 'virtual:map';
import { PLACES, ROUTES, type PlaceId, type RouteId } from '../../domain/map';
import type { MapLabel } from './geometry';
import './map.css';

/** Drawn in this order, so the small regions lie on top of the countries they sit in. */
const DRAW_ORDER: readonly PlaceId[] = ['caspian', 'russia', 'turkey', 'iran', 'georgia', 'azerbaijan', 'armenia', 'nakhchivan', 'syunik'];

export type MapMark = 'right' | 'wrong';

export interface CorridorMapProps {
  /**
   * - `explore`: every place and route is a button (Tab, Enter or Space) named for what it is.
   * - `tap`: places answer a click; the keyboard way is the list the caller shows beside the map.
   * - `view`: nothing to press.
   */
  mode: 'explore' | 'tap' | 'view';
  /** What the map shows, for screen readers. */
  label: string;
  /** Which labels to draw; all by default. */
  labels?: 'all' | 'places' | 'none';
  /** The routes drawn; all by default. */
  routes?: readonly RouteId[];
  /** A route drawn bold, the others faded. */
  highlight?: RouteId;
  /** A place or route outlined as chosen. */
  selected?: string;
  /** Places marked after an answer (never by colour alone: the label says it too). */
  marks?: Partial<Record<PlaceId, MapMark>>;
  onSelect?(id: PlaceId | RouteId): void;
}

const placeName = (id: PlaceId) => {
  const place = PLACES.find((p) => p.id === id)!;
  return place.partOf ? `${place.name} (${PLACES.find((p) => p.id === place.partOf)!.name})` : place.name;
};

function Label({ label, class: cls }: { label: MapLabel; class: string }) {
  return (
    <>
      {label.to ? <line class="map-leader" x1={label.x} y1={label.y - 5} x2={label.to[0]} y2={label.to[1]} /> : null}
      <text class={cls} x={label.x} y={label.y} text-anchor={label.to && label.to[0] < label.x ? 'start' : label.to ? 'end' : 'middle'}>{label.text}</text>
    </>
  );
}

/**
 * The corridor map: Natural Earth's countries (de facto borders), Nakhchivan and an approximate
 * Syunik as regions of their own, the Caspian Sea, and four schematic routes. Pre-projected at
 * build time (virtual:map), so no geodata library reaches the browser.
 */
export function CorridorMap({ mode, label, labels = 'all', routes = ROUTES.map((r) => r.id), highlight, selected, marks = {}, onSelect }: CorridorMapProps) {
  const hatch = `hatch-${useId()}`;
  const [focused, setFocused] = useState<string>();
  const pressable = (id: PlaceId | RouteId, name: string) => {
    if (mode === 'view' || !onSelect) return {};
    const handlers = { onClick: () => onSelect(id) };
    if (mode === 'tap') return handlers;
    return {
      ...handlers,
      tabindex: 0,
      role: 'button',
      'aria-label': name,
      'aria-pressed': selected === id,
      onKeyDown: (e: KeyboardEvent) => {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onSelect(id); }
      },
      onFocus: () => setFocused(id),
      onBlur: () => setFocused((f) => (f === id ? undefined : f)),
    };
  };
  const focusedPath = focused && (geometry.places[focused as PlaceId] ?? geometry.routes[focused as RouteId]?.d);
  const markLabel = (id: PlaceId): MapLabel => {
    const l = geometry.placeLabels[id];
    return { ...l, text: marks[id] === 'right' ? `✓ ${l.text}` : `✗ ${l.text} (your answer)` };
  };

  return (
    <svg
      class={`corridor-map mode-${mode}${highlight ? ' has-highlight' : ''}`}
      viewBox={`0 0 ${geometry.width} ${geometry.height}`}
      role={mode === 'explore' ? 'group' : 'img'}
      aria-label={label}
    >
      <defs>
        <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line class="map-hatch" x1="0" y1="0" x2="0" y2="6" />
        </pattern>
      </defs>
      <rect class="map-sea" width={geometry.width} height={geometry.height} />
      <path class="map-land" d={geometry.land} />
      <g class="map-places">
        {DRAW_ORDER.map((id) => (
          <path
            key={id}
            d={geometry.places[id]}
            class={`map-place place-${id}${selected === id ? ' selected' : ''}${marks[id] ? ` mark-${marks[id]}` : ''}`}
            data-place={id}
            {...pressable(id, placeName(id))}
          />
        ))}
        {/* The hatching names Syunik as much as a label does: an unnamed map goes without it. */}
        {labels !== 'none' ? <path class="map-syunik-hatch" d={geometry.places.syunik} fill={`url(#${hatch})`} /> : null}
      </g>
      {labels !== 'none' ? (
        <g class="map-labels" aria-hidden="true">
          {DRAW_ORDER.filter((id) => !marks[id]).map((id) => <Label key={id} label={geometry.placeLabels[id]} class={`map-label label-${id}`} />)}
          {geometry.notes.filter((n) => routes.includes('southern-gas-corridor') || !n.text.includes('Europe')).map((n) => <Label key={n.text} label={n} class="map-note" />)}
        </g>
      ) : null}
      <g class="map-routes">
        {ROUTES.filter((r) => routes.includes(r.id)).map((r) => {
          const shape = geometry.routes[r.id];
          const state = highlight === r.id ? ' highlighted' : highlight ? ' faded' : '';
          return (
            <g key={r.id} class={`map-route route-${r.id}${state}${selected === r.id ? ' selected' : ''}`} data-route={r.id} {...pressable(r.id, r.name)}>
              <path class="route-hit" d={shape.d} />
              <path class="route-casing" d={shape.d} />
              <path class="route-line" d={shape.d} />
              {shape.arrow ? <path class="route-arrow" d={shape.arrow} /> : null}
            </g>
          );
        })}
      </g>
      {labels === 'all' ? (
        <g class="map-labels" aria-hidden="true">
          {routes.map((id) => <Label key={id} label={geometry.routeLabels[id]} class={`map-route-label label-${id}`} />)}
        </g>
      ) : null}
      {Object.keys(marks).length > 0 ? (
        <g class="map-labels map-marks" aria-hidden="true">
          {(Object.keys(marks) as PlaceId[]).map((id) => <Label key={id} label={markLabel(id)} class={`map-label mark-label mark-${marks[id]}`} />)}
        </g>
      ) : null}
      {focusedPath ? <path class="map-focus" d={focusedPath} /> : null}
    </svg>
  );
}

/** The legend: what each route's line looks like, Syunik's hatching, and where the borders come from. */
export function MapLegend({ routes = ROUTES.map((r) => r.id), names = true }: { routes?: readonly RouteId[]; names?: boolean }) {
  return (
    <div class="map-legend">
      {names ? (
        <ul class="map-legend-routes">
          {ROUTES.filter((r) => routes.includes(r.id)).map((r) => (
            <li key={r.id}>
              <svg class={`legend-swatch map-route route-${r.id}`} viewBox="0 0 40 12" aria-hidden="true">
                <path class="route-casing" d="M2 6H38" />
                <path class="route-line" d="M2 6H38" />
              </svg>
              {r.name}
            </li>
          ))}
        </ul>
      ) : null}
      <p class="muted map-small">
        Routes are schematic, not surveyed lines. Hatched: Syunik, Armenia's southernmost province; its outline is
        approximate. Borders follow Natural Earth (1:50m), which draws de facto lines.
      </p>
    </div>
  );
}
