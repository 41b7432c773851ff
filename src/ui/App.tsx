import { useEffect, useState } from 'preact/hooks';
import type { Services } from '../app/services';
import { Link, useRoute } from './router';
import { ServicesContext } from './services-context';
import { UpdatePrompt } from './components/UpdatePrompt';
import { Notice } from './components/Notice';
import { lazyScreen } from './lazy';
import { Study } from './screens/Study';
import { Today } from './screens/Today';

export type ConnectionProblem = 'version-change' | 'blocked' | undefined;

// Today and Study are in the first load; every other screen is a chunk of its own.
const QuizHome = lazyScreen(() => import('./screens/Quiz').then((m) => m.QuizHome));
const QuizPlay = lazyScreen(() => import('./screens/Quiz').then((m) => m.QuizPlay));
const BriefingHome = lazyScreen(() => import('./screens/Briefing').then((m) => m.BriefingHome));
const BriefingPlay = lazyScreen(() => import('./screens/Briefing').then((m) => m.BriefingPlay));
const Progress = lazyScreen(() => import('./screens/Progress').then((m) => m.Progress));
const Library = lazyScreen(() => import('./screens/Library').then((m) => m.Library));
const DeckPage = lazyScreen(() => import('./screens/DeckPage').then((m) => m.DeckPage));
const ClassroomHome = lazyScreen(() => import('./screens/Classroom').then((m) => m.ClassroomHome));
const ClassPage = lazyScreen(() => import('./screens/Classroom').then((m) => m.ClassPage));
const PresentPage = lazyScreen(() => import('./screens/Classroom').then((m) => m.PresentPage));
const HandoutPage = lazyScreen(() => import('./screens/Classroom').then((m) => m.HandoutPage));
const Take = lazyScreen(() => import('./screens/Take').then((m) => m.Take));
const Settings = lazyScreen(() => import('./screens/Settings').then((m) => m.Settings));
const MapScreen = lazyScreen(() => import('./screens/Map').then((m) => m.MapScreen));
const WebScreen = lazyScreen(() => import('./screens/Web').then((m) => m.WebScreen));

const TITLES: Record<string, string> = {
  '/': 'Today', '/study': 'Study', '/quiz': 'Quiz', '/quiz/play': 'Quiz', '/briefing': 'Briefing', '/briefing/play': 'Briefing',
  '/progress': 'Progress', '/library': 'Library', '/settings': 'Settings', '/classroom': 'Classroom', '/take': 'Class quiz',
  '/map': 'Map', '/web': 'Alignment web',
};

export function App({ services, connection }: { services: Services; connection: ConnectionProblem }) {
  const route = useRoute();
  const title = TITLES[route.path] ?? (route.path.startsWith('/library/') ? 'Deck' : route.path.startsWith('/classroom/') ? 'Classroom' : undefined);
  const classRoute = /^\/classroom\/([^/]+)(?:\/(present|handout))?$/.exec(route.path);
  useEffect(() => {
    document.title = title ? `${title} · Faultlines` : 'Not found · Faultlines';
    // Move focus to the new screen's heading area so keyboard and screen-reader users land on it.
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [route.path]);

  let screen;
  if (route.path === '/') screen = <Today />;
  else if (route.path === '/study') screen = <Study deckIds={route.query.getAll('deck')} cardIds={route.query.get('cards')?.split(',').filter(Boolean) ?? []} />;
  else if (route.path === '/settings') screen = <Settings />;
  else if (route.path === '/quiz') screen = <QuizHome />;
  else if (route.path === '/quiz/play') screen = <QuizPlay query={route.query} />;
  else if (route.path === '/briefing') screen = <BriefingHome />;
  else if (route.path === '/briefing/play') screen = <BriefingPlay query={route.query} />;
  else if (route.path === '/classroom') screen = <ClassroomHome />;
  else if (classRoute?.[2] === 'present') screen = <PresentPage id={decodeURIComponent(classRoute[1]!)} />;
  else if (classRoute?.[2] === 'handout') screen = <HandoutPage id={decodeURIComponent(classRoute[1]!)} />;
  else if (classRoute) screen = <ClassPage id={decodeURIComponent(classRoute[1]!)} />;
  else if (route.path === '/take') screen = <Take />;
  else if (route.path === '/progress') screen = <Progress />;
  else if (route.path === '/library') screen = <Library />;
  else if (route.path.startsWith('/library/')) screen = <DeckPage deckId={decodeURIComponent(route.path.slice('/library/'.length))} />;
  else if (route.path === '/map') screen = <MapScreen query={route.query} />;
  else if (route.path === '/web') screen = <WebScreen />;
  else screen = (
    <>
      <h1>Page not found</h1>
      <p>There is no page at {route.path}. <Link href="/">Go to Today</Link>.</p>
    </>
  );

  return (
    <ServicesContext.Provider value={services}>
      <a class="skip-link" href="#main">Skip to content</a>
      <header class="app-header">
        <Link href="/" class="brand" aria-label="Faultlines, Today">Faultlines</Link>
        <nav aria-label="Main">
          <Link href="/" aria-current={route.path === '/' ? 'page' : undefined}>Today</Link>
          <Link href="/quiz" aria-current={route.path.startsWith('/quiz') ? 'page' : undefined}>Quiz</Link>
          <Link href="/briefing" aria-current={route.path.startsWith('/briefing') ? 'page' : undefined}>Briefing</Link>
          <Link href="/classroom" aria-current={route.path.startsWith('/classroom') ? 'page' : undefined}>Classroom</Link>
          <Link href="/progress" aria-current={route.path === '/progress' ? 'page' : undefined}>Progress</Link>
          <Link href="/library" aria-current={route.path.startsWith('/library') ? 'page' : undefined}>Library</Link>
          <Link href="/map" aria-current={route.path === '/map' ? 'page' : undefined}>Map</Link>
          <Link href="/web" aria-current={route.path === '/web' ? 'page' : undefined}>Web</Link>
          <Link href="/settings" aria-current={route.path === '/settings' ? 'page' : undefined}>Settings</Link>
        </nav>
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
      <UpdatePrompt gate={services.updates} />
    </ServicesContext.Provider>
  );
}
