import { describe, expect, it } from 'vitest';
import { findRoute, isCurrent, NAVIGATION, ROUTES } from '../../src/ui/routes';

describe('the route table', () => {
  it('finds each screen with its title and decoded parameters', () => {
    const cases: [string, string, string[]][] = [
      ['/', 'Today', []], ['/study', 'Study', []], ['/quiz/play', 'Quiz', []], ['/briefing', 'Briefing', []],
      ['/classroom/c%201', 'Classroom', ['c 1']], ['/classroom/c1/present', 'Classroom', ['c1']], ['/classroom/c1/handout', 'Classroom', ['c1']],
      ['/take', 'Class quiz', []], ['/library/custom-abc', 'Deck', ['custom-abc']], ['/web', 'Alignment web', []], ['/settings', 'Settings', []],
    ];
    for (const [path, title, params] of cases) expect(findRoute(path), path).toMatchObject({ route: { title }, params });
  });

  it('has no screen for an unknown path', () => {
    expect(findRoute('/nowhere')).toBeUndefined();
    expect(findRoute('/classroom/c1/elsewhere')).toBeUndefined();
  });

  it('links every navigation entry to a screen, marking sections current below their path only', () => {
    expect(NAVIGATION.length).toBe(9);
    for (const { href } of NAVIGATION) expect(findRoute(href), href).toBeDefined();
    expect(isCurrent('/', '/')).toBe(true);
    expect(isCurrent('/', '/quiz')).toBe(false);
    expect(isCurrent('/quiz', '/quiz/play')).toBe(true);
    expect(isCurrent('/library', '/library/actors')).toBe(true);
    expect(isCurrent('/map', '/mapping')).toBe(false);
    expect(new Set(ROUTES.map((r) => String(r.path))).size).toBe(ROUTES.length);
  });

  it('puts four or five destinations in the phone bar, Today first, and leaves the rest for More', () => {
    const bar = NAVIGATION.filter((n) => n.bar).map((n) => n.label);
    expect(bar).toEqual(['Today', 'Quiz', 'Progress', 'Library']);
    expect(NAVIGATION.length - bar.length).toBeGreaterThan(0);
  });
});
