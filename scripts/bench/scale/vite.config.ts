/**
 * The scale page: a bench-only build (never part of the app's bundle or precache) that runs the
 * app's own storage and use-case code in real Chromium IndexedDB, with a seeder and a synthetic
 * catalogue of 10,000 cards. The shipped decks are replaced by an empty catalogue, so this build
 * does not depend on deck content.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

function emptyDecks(): Plugin {
  return {
    name: 'faultlines-bench-empty-decks',
    resolveId: (id) => (id === 'virtual:decks' || id === 'virtual:deck-notes' ? `\0${id}` : undefined),
    load: (id) => {
      if (id === '\0virtual:decks') return 'export const catalog = [];\nexport const loaders = {};\nexport const retired = [];\n';
      // The shipped decks' notes (intros, talking points), loaded apart from the catalogue: none here.
      if (id === '\0virtual:deck-notes') return 'export const notes = {};\n';
      return undefined;
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [emptyDecks()],
  build: { target: 'es2022' },
});
