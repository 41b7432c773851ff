/**
 * The direction of dependencies, checked on every import in src/: ui → app → domain, app → storage
 * → domain. The domain is pure (no app, ui, storage, idb, Preact, DOM-bound libraries or clock);
 * the UI never reaches storage; a screen never imports another screen; idb lives only in storage/
 * and ts-fsrs only behind domain/scheduler.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []);
}

interface Import { file: string; spec: string; target: string }

// Static imports and re-exports (type-only ones too: a type still ties the layers), and import().
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[\w$*{}\s,]*?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

const imports: Import[] = filesUnder(src).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => {
    const spec = (m[1] ?? m[2])!;
    const target = spec.startsWith('.') ? relative(src, resolve(dirname(file), spec)) : spec;
    return { file: relative(src, file), spec, target };
  }));

const layer = (path: string) => path.split('/')[0];
const show = (found: Import[]) => found.map((i) => `${i.file} imports ${i.spec}`);

describe('the direction of dependencies', () => {
  it('reads the imports of every source file', () => {
    expect(imports.length).toBeGreaterThan(200);
    for (const l of ['domain', 'storage', 'app', 'ui']) expect(imports.some((i) => layer(i.file) === l)).toBe(true);
  });

  it('keeps the domain pure: no app, ui or storage, no idb, Preact or workbox', () => {
    const bad = imports.filter((i) => layer(i.file) === 'domain'
      && (['app', 'ui', 'storage', 'main.tsx'].includes(layer(i.target)!) || /^(idb|preact|workbox-window|virtual:pwa)/.test(i.spec)));
    expect(show(bad)).toEqual([]);
  });

  it('keeps the clock and randomness out of the domain: time and seeds are arguments', () => {
    const found = filesUnder(join(src, 'domain')).flatMap((file) =>
      readFileSync(file, 'utf8').split('\n').map((line, n) => ({ line, at: `${relative(src, file)}:${n + 1}` }))
        .filter(({ line }) => !/^\s*(\*|\/\/)/.test(line) && /Date\.now\(|new Date\(\)|performance\.now\(|Math\.random\(|crypto\.(randomUUID|getRandomValues)/.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`));
    expect(found).toEqual([]);
  });

  it('keeps storage below the app: it imports the domain and idb only', () => {
    const bad = imports.filter((i) => layer(i.file) === 'storage' && ['app', 'ui', 'main.tsx'].includes(layer(i.target)!));
    expect(show(bad)).toEqual([]);
  });

  it('keeps the app below the UI', () => {
    const bad = imports.filter((i) => layer(i.file) === 'app' && (layer(i.target) === 'ui' || /^preact/.test(i.spec)));
    expect(show(bad)).toEqual([]);
  });

  it('keeps the UI off storage: screens talk to use cases', () => {
    const bad = imports.filter((i) => layer(i.file) === 'ui' && (layer(i.target) === 'storage' || i.spec === 'idb'));
    expect(show(bad)).toEqual([]);
  });

  it('keeps the UI off the repositories that Services carries: it calls app/ use cases', () => {
    const repositories = /\bservices\.(database|progress|settings|quizzes|decks|classes)\b|\{[^}]*\b(database|progress|settings|quizzes|decks|classes)\b[^}]*\}\s*=\s*services\b/;
    const found = filesUnder(join(src, 'ui')).flatMap((file) =>
      readFileSync(file, 'utf8').split('\n').map((line, n) => ({ line, at: `${relative(src, file)}:${n + 1}` }))
        .filter(({ line }) => repositories.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`));
    expect(found).toEqual([]);
  });

  it('never has a screen import another screen', () => {
    const bad = imports.filter((i) => i.file.startsWith('ui/screens/') && i.target.startsWith('ui/screens/'));
    expect(show(bad)).toEqual([]);
  });

  it('has one way to validate: the object test and the value display live only in domain/validation.ts', () => {
    const found = filesUnder(src).filter((file) => !file.endsWith('domain/validation.ts'))
      .filter((file) => /\b(?:const\s+isObject\b|function\s+show\s*\(\s*\w+:\s*unknown|const\s+show\s*=\s*\(\s*\w+:\s*unknown)/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(src, file));
    expect(found).toEqual([]);
  });

  it('imports idb only in storage, and ts-fsrs only in the scheduler', () => {
    expect(show(imports.filter((i) => i.spec === 'idb' && layer(i.file) !== 'storage'))).toEqual([]);
    expect(show(imports.filter((i) => i.spec.startsWith('ts-fsrs') && i.file !== 'domain/scheduler.ts'))).toEqual([]);
  });
});
