import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A screen loaded on first use, so the first load carries only Today and Study. The chunks are
 * precached by the service worker, so this works offline too.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  return function LazyScreen(props: P) {
    const [Screen, setScreen] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded) return;
      load().then((c) => { loaded = c; setScreen(() => c); }, () => setFailed(true));
    }, []);
    if (failed) return <p role="alert">This screen could not be loaded. Check your connection and reload.</p>;
    return Screen ? <Screen {...props} /> : <p aria-busy="true">Loading…</p>;
  };
}
