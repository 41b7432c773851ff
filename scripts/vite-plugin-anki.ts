/**
 * Each shipped deck as an Anki package, made at build time (scripts/anki-package.ts) and emitted as
 * a static file, `anki/faultlines-<deck id>.apkg`, which the service worker precaches: the download
 * works offline and no code for it runs in the app.
 */
import type { Plugin } from 'vite';
import { apkgPath } from '../src/domain/anki/package-path.ts';
import { apkgOf } from './anki-package.ts';
import { loadDecks } from './deck-loader.ts';

export function ankiPlugin(dir: string): Plugin {
  return {
    name: 'faultlines-anki',
    apply: 'build',
    async generateBundle() {
      // The decks plugin has failed the build already if a deck has problems.
      const { decks } = loadDecks(dir);
      // A reproducible build may fix the time (SOURCE_DATE_EPOCH, in seconds); else it is now.
      const epoch = Number(process.env.SOURCE_DATE_EPOCH);
      const now = Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : Date.now();
      for (const [index, deck] of decks.entries()) {
        this.emitFile({ type: 'asset', fileName: apkgPath(deck.id), source: await apkgOf(deck, index, now) });
      }
    },
  };
}
