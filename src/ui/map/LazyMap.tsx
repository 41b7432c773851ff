import { useEffect, useState } from 'preact/hooks';
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
