/**
 * Every screen's URL, title and place in the navigation, in one table: the app renders from it,
 * sets the document title from it and draws the navigation from it.
 */
import type { VNode } from 'preact';
import { lazyScreen } from './lazy';
import type { Route } from './router';
import { Study } from './screens/Study';
import { Today } from './screens/Today';

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

export interface ScreenRoute {
  /** The exact path, or a pattern whose groups (URI-decoded) are the screen's parameters. */
  path: string | RegExp;
  title: string;
  render(route: Route, params: string[]): VNode;
}

export const ROUTES: readonly ScreenRoute[] = [
  { path: '/', title: 'Today', render: () => <Today /> },
  {
    path: '/study', title: 'Study',
    render: ({ query }) => <Study deckIds={query.getAll('deck')} cardIds={query.get('cards')?.split(',').filter(Boolean) ?? []} />,
  },
  { path: '/quiz', title: 'Quiz', render: () => <QuizHome /> },
  { path: '/quiz/play', title: 'Quiz', render: ({ query }) => <QuizPlay query={query} /> },
  { path: '/briefing', title: 'Briefing', render: () => <BriefingHome /> },
  { path: '/briefing/play', title: 'Briefing', render: ({ query }) => <BriefingPlay query={query} /> },
  { path: '/classroom', title: 'Classroom', render: () => <ClassroomHome /> },
  { path: /^\/classroom\/([^/]+)\/present$/, title: 'Classroom', render: (_, [id]) => <PresentPage id={id!} /> },
  { path: /^\/classroom\/([^/]+)\/handout$/, title: 'Classroom', render: (_, [id]) => <HandoutPage id={id!} /> },
  { path: /^\/classroom\/([^/]+)$/, title: 'Classroom', render: (_, [id]) => <ClassPage id={id!} /> },
  { path: '/take', title: 'Class quiz', render: () => <Take /> },
  { path: '/progress', title: 'Progress', render: () => <Progress /> },
  { path: '/library', title: 'Library', render: () => <Library /> },
  { path: /^\/library\/(.+)$/, title: 'Deck', render: (_, [id]) => <DeckPage deckId={id!} /> },
  { path: '/map', title: 'Map', render: ({ query }) => <MapScreen query={query} /> },
  { path: '/web', title: 'Alignment web', render: () => <WebScreen /> },
  { path: '/settings', title: 'Settings', render: () => <Settings /> },
];

/**
 * The main navigation, in order; a link is current on its own path and the paths below it. On a
 * phone the `bar` ones sit in the bottom bar and the rest under its "More".
 */
export const NAVIGATION: readonly { href: string; label: string; bar?: true }[] = [
  { href: '/', label: 'Today', bar: true },
  { href: '/quiz', label: 'Quiz', bar: true },
  { href: '/briefing', label: 'Briefing' },
  { href: '/classroom', label: 'Classroom' },
  { href: '/progress', label: 'Progress', bar: true },
  { href: '/library', label: 'Library', bar: true },
  { href: '/map', label: 'Map' },
  { href: '/web', label: 'Web' },
  { href: '/settings', label: 'Settings' },
];

export const isCurrent = (href: string, path: string): boolean => (href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`));

/** The screen for a path and its parameters, or undefined when no screen lives there. */
export function findRoute(path: string): { route: ScreenRoute; params: string[] } | undefined {
  for (const route of ROUTES) {
    if (typeof route.path === 'string') {
      if (route.path === path) return { route, params: [] };
      continue;
    }
    const match = route.path.exec(path);
    if (match) return { route, params: match.slice(1).map((p) => decodeURIComponent(p)) };
  }
  return undefined;
}
