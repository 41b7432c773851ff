import { useEffect } from 'preact/hooks';
import type { Services } from '../app/services';
import { Link, useRoute } from './router';
import { ServicesContext } from './services-context';
import { UpdatePrompt } from './components/UpdatePrompt';
import { Notice } from './components/Notice';
import { findRoute, isCurrent, NAVIGATION } from './routes';
import { ScreenBoundary } from './ScreenBoundary';

const more = NAVIGATION.filter((n) => !n.bar);

export type ConnectionProblem = 'version-change' | 'blocked' | undefined;

export function App({ services, connection }: { services: Services; connection: ConnectionProblem }) {
  const route = useRoute();
  const found = findRoute(route.path);
  const title = found?.route.title ?? 'Not found';
  useEffect(() => {
    document.title = `${title} · Faultlines`;
    // Move focus to the new screen's heading area so keyboard and screen-reader users land on it.
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [route.path]);

  const screen = found ? (
    <ScreenBoundary key={route.path} title={title}>{found.route.render(route, found.params)}</ScreenBoundary>
  ) : (
    <>
      <h1>Page not found</h1>
      <p>There is no page at {route.path}. <Link href="/">Go to Today</Link>.</p>
    </>
  );

  const links = (items: typeof NAVIGATION) => items.map(({ href, label }) => (
    <Link key={href} href={href} aria-current={isCurrent(href, route.path) ? 'page' : undefined}>{label}</Link>
  ));
  return (
    <ServicesContext.Provider value={services}>
      <a class="skip-link" href="#main">Skip to content</a>
      <header class="app-header">
        <Link href="/" class="brand" aria-label="Faultlines, Today">Faultlines</Link>
        {/* In the header's flow, never over a control; the header has room for it, so nothing moves when it comes. */}
        <UpdatePrompt gate={services.updates} />
        <nav aria-label="Main" class="top-nav">{links(NAVIGATION)}</nav>
      </header>
      <main id="main" tabIndex={-1}>
        {connection === 'version-change' ? (
          <Notice kind="error">
            Faultlines was updated in another tab. <button type="button" class="button" onClick={() => location.reload()}>Reload</button> to go on.
          </Notice>
        ) : null}
        {connection === 'blocked' ? (
          <Notice kind="info">Close other Faultlines tabs to finish updating your data.</Notice>
        ) : null}
        {screen}
      </main>
      {/* On a phone: the most used screens in a bar at the bottom, the rest under "More" (closed again on each new screen by its key). */}
      <nav aria-label="Main" class="bottom-nav">
        {links(NAVIGATION.filter((n) => n.bar))}
        <details
          key={route.path} class={more.some((n) => isCurrent(n.href, route.path)) ? 'current' : undefined}
          onKeyDown={(e) => { if (e.key === 'Escape') (e.currentTarget as HTMLDetailsElement).open = false; }}
        >
          <summary>More</summary>
          <div class="more-menu">{links(more)}</div>
        </details>
      </nav>
    </ServicesContext.Provider>
  );
}
