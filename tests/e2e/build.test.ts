import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './static-server';
import { loadDecks } from '../../scripts/deck-loader';
import { fileURLToPath } from 'node:url';

const decks = loadDecks(fileURLToPath(new URL('../../decks', import.meta.url))).decks;

/** The URLs in the generated service worker's precache manifest. */
function precacheUrls(): string[] {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  return [...sw.matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1]!);
}

describe('the production build', () => {
  it('emitted the service worker', () => {
    expect(existsSync(join(DIST, 'sw.js'))).toBe(true);
    expect(readFileSync(join(DIST, 'sw.js'), 'utf8')).toContain('precacheAndRoute');
  });

  it('precaches index.html, the manifest and every deck', () => {
    const urls = precacheUrls();
    expect(urls).toContain('index.html');
    expect(urls).toContain('manifest.webmanifest');
    expect(decks.length).toBeGreaterThan(0);
    for (const deck of decks) {
      expect(urls.some((u) => new RegExp(`^assets/deck-${deck.id}-[\\w-]+\\.js$`).test(u)), `deck ${deck.id} is precached`).toBe(true);
    }
  });

  it('precaches each file once', () => {
    const urls = precacheUrls();
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('ships an installable manifest with 192 px, 512 px and maskable icons', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({ name: expect.any(String), short_name: 'Faultlines', display: 'standalone', start_url: '/' });
    const icons = manifest.icons as { sizes: string; purpose?: string; src: string }[];
    expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of icons) expect(existsSync(join(DIST, icon.src)), icon.src).toBe(true);
  });

  it('keeps card text out of the first load', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const entry = /<script type="module" crossorigin src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const js = readFileSync(join(DIST, entry!), 'utf8');
    const someExplanation = decks[0]!.cards[0]!.explanation;
    expect(js).not.toContain(someExplanation);
    expect(readdirSync(join(DIST, 'assets')).some((f) => f.startsWith(`deck-${decks[0]!.id}-`))).toBe(true);
  });

  it('forbids inline scripts with a Content-Security-Policy', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8').replaceAll('&#39;', "'");
    expect(html).toMatch(/http-equiv="Content-Security-Policy" content="[^"]*script-src 'self'/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
