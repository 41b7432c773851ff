/**
 * What is in each chunk, from the bundler's module info (bytes each module contributes after
 * minification), grouped by owner: an npm package, a folder of src/, or a deck.
 */
import type { ChunkModules } from './build';

export interface Owner {
  name: string;
  bytes: number;
}

/** `…/node_modules/@scope/name/…` → `@scope/name`; `…/src/ui/…` → `src/ui`; a deck → `deck <id>`. */
export function ownerOf(id: string): string {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean);
  if (pkg) return pkg[1]!;
  if (clean.startsWith('virtual:deck/')) return `deck ${clean.slice('virtual:deck/'.length)} (card text)`;
  if (clean === 'virtual:decks') return 'deck catalogue (titles, card ids)';
  if (clean.startsWith('virtual:pwa-register')) return 'vite-plugin-pwa (register)';
  const src = /\/src\/([^/]+)\//.exec(clean) ?? /\/(src)\/[^/]+$/.exec(clean);
  if (src) return src[1] === 'src' ? 'src (main.tsx)' : `src/${src[1]}`;
  if (/^vite\/|vite\//.test(clean)) return 'vite (runtime helpers)';
  return clean.split('/').slice(-2).join('/');
}

/** The owners of a chunk's bytes, largest first. */
export function owners(chunk: ChunkModules): Owner[] {
  const bytes = new Map<string, number>();
  for (const m of chunk.modules) bytes.set(ownerOf(m.id), (bytes.get(ownerOf(m.id)) ?? 0) + m.bytes);
  return [...bytes].map(([name, n]) => ({ name, bytes: n })).filter((o) => o.bytes > 0).sort((a, b) => b.bytes - a.bytes);
}
