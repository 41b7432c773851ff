import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Calls `handler` for every key pressed on the page while the component is shown. One listener for
 * the component's life reads the latest handler through a ref: a listener re-attached after each
 * render would miss a key pressed between paint and effect. A layout effect, so the keys work from
 * the moment the screen is painted.
 */
export function useDocumentKeys(handler: (e: KeyboardEvent) => void): void {
  const current = useRef(handler);
  current.current = handler;
  useLayoutEffect(() => {
    const listener = (e: KeyboardEvent) => current.current(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
