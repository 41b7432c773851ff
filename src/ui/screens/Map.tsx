import { useEffect, useRef, useState } from 'preact/hooks';
import type { Deck } from '../../domain/deck/types';
import { cardsAbout, isRouteId, placeById, PLACES, routeById, ROUTES, type MapPlace, type MapRoute } from '../../domain/map';
import { Notice } from '../components/Notice';
import { CorridorMap, MapLegend } from '../map/CorridorMap';
import { Link } from '../router';
import { useServices } from '../services-context';
import { useAsync } from '../use-async';

/** The cards about a place or route, each a link to it in its deck. */
function CardLinks({ item, decks }: { item: MapPlace | MapRoute; decks: readonly Deck[] }) {
  const cards = cardsAbout(item, decks);
  if (cards.length === 0) return <p class="muted">No cards about it yet.</p>;
  const titles = new Map(decks.map((d) => [d.id, d.title]));
  return (
    <ul class="map-cards">
      {cards.map(({ deckId, card }) => (
        <li key={card.id}>
          <Link href={`/library/${encodeURIComponent(deckId)}#${card.id}`}>{card.prompt}</Link>
          <span class="muted map-small"> · {titles.get(deckId)}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The corridor map: press a country, region or route for the cards about it. `?route=zangezur`
 * highlights a route and opens its cards. Below the map, the same places and routes as a list.
 */
export function MapScreen({ query }: { query: URLSearchParams }) {
  const { catalog } = useServices();
  const decks = useAsync(() => catalog.all(), []);
  const asked = query.get('route') ?? '';
  const highlight = isRouteId(asked) ? asked : undefined;
  const [selected, setSelected] = useState<string | undefined>(highlight);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const [moveFocus, setMoveFocus] = useState(false);
  useEffect(() => setSelected(highlight), [highlight]);
  useEffect(() => {
    if (moveFocus) {
      // The drawing stays in view (sticky on a phone, beside the panel on a wide screen): bring the
      // panel up under it without scrolling the drawing away.
      panelHeading.current?.focus({ preventScroll: true });
      panelHeading.current?.scrollIntoView({ block: 'nearest' });
      setMoveFocus(false);
    }
  }, [moveFocus, selected]);

  const item = selected ? placeById(selected) ?? routeById(selected) : undefined;
  const select = (id: string) => { setSelected(id); setMoveFocus(true); };

  return (
    <>
      <h1>Map</h1>
      <p>The countries, regions and routes the corridor cards are about. Press one (or Tab to it and press Enter) to see its cards.</p>
      <div class="map-layout">
        <figure class="map-figure">
          <CorridorMap
            mode="explore"
            label="Map of the South Caucasus: countries, Nakhchivan, Syunik, the Caspian Sea and four routes"
            highlight={highlight}
            selected={selected}
            onSelect={select}
          />
        </figure>
        <section class="map-panel" aria-labelledby="map-panel-title" data-testid="map-panel">
          {item ? (
            <>
              <h2 id="map-panel-title" tabIndex={-1} ref={panelHeading}>{item.name}</h2>
              <p>{item.description}</p>
              {'course' in item ? <p class="muted">{item.course} (schematic)</p> : null}
              {decks.status === 'ready' ? <CardLinks item={item} decks={decks.value} />
                : decks.status === 'error' ? <Notice kind="error">{decks.message}</Notice>
                : <p aria-busy="true">Loading the cards…</p>}
            </>
          ) : (
            <>
              <h2 id="map-panel-title" tabIndex={-1} ref={panelHeading}>Cards on the map</h2>
              <p class="muted">Nothing chosen yet: press a place or a route.</p>
            </>
          )}
        </section>
        <div class="map-key"><MapLegend /></div>
      </div>
      <section class="map-list" aria-labelledby="map-list-title">
        <h2 id="map-list-title">Places and routes, as a list</h2>
        {decks.status === 'ready' ? (
          <>
            <h3>Places</h3>
            <ul>
              {PLACES.map((p) => (
                <li key={p.id}>
                  <details>
                    <summary>{p.name} ({cardsAbout(p, decks.value).length} cards)</summary>
                    <p>{p.description}</p>
                    <CardLinks item={p} decks={decks.value} />
                  </details>
                </li>
              ))}
            </ul>
            <h3>Routes</h3>
            <ul>
              {ROUTES.map((r) => (
                <li key={r.id}>
                  <details open={r.id === highlight}>
                    <summary>{r.name} ({cardsAbout(r, decks.value).length} cards)</summary>
                    <p>{r.description} {r.course}</p>
                    <CardLinks item={r} decks={decks.value} />
                  </details>
                </li>
              ))}
            </ul>
          </>
        ) : decks.status === 'error' ? <Notice kind="error">{decks.message}</Notice> : <p aria-busy="true">Loading the cards…</p>}
      </section>
    </>
  );
}
