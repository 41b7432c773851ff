/**
 * A tiny path router: every screen has a URL, so the back button and links work. The fragment is
 * left alone (classroom links carry data there).
 */
import type { AnchorHTMLAttributes, ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { createListeners } from '../app/listeners';

export interface Route {
  path: string;
  query: URLSearchParams;
}

const current = (): Route => ({ path: location.pathname, query: new URLSearchParams(location.search) });
const routeChanged = createListeners();

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === location.pathname + location.search) return;
  history[options.replace ? 'replaceState' : 'pushState'](null, '', to);
  routeChanged.emit();
}

export function useRoute(): Route {
  const [route, setRoute] = useState(current);
  useEffect(() => {
    const update = () => setRoute(current());
    const stop = routeChanged.subscribe(update);
    addEventListener('popstate', update);
    return () => {
      stop();
      removeEventListener('popstate', update);
    };
  }, []);
  return route;
}

type LinkProps = AnchorHTMLAttributes & { href: string; children: ComponentChildren };

/** An ordinary link that navigates without a reload; modified clicks still open new tabs. */
export function Link({ href, children, ...rest }: LinkProps) {
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={onClick} {...rest}>{children}</a>;
}
