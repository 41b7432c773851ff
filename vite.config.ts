import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import { ankiPlugin } from './scripts/vite-plugin-anki.ts';
import { decksPlugin } from './scripts/vite-plugin-decks.ts';
import { mapPlugin } from './scripts/vite-plugin-map.ts';

/**
 * A strict CSP in the built page: no inline scripts, nothing from other origins. Only at build
 * time, because Vite's dev server injects inline styles.
 *
 * connect-src is the one exception, for sync: the learner chooses the CouchDB server at run time,
 * so no list of hosts can name it in advance. It allows any https origin (sync refuses plain
 * http, so the password never travels unencrypted) and plain http on loopback only, for a server
 * on this device (development, and the tests' pouchdb-server). Scripts, styles, images and
 * everything else stay 'self'; only fetch/XHR/WebSocket may reach out, and only sync does.
 *
 * script-src also has 'wasm-unsafe-eval', for the Anki importer: it reads a package's SQLite
 * database with sql.js, which is WebAssembly, and under a CSP a browser compiles WebAssembly only
 * with this keyword. It allows WebAssembly and nothing else: eval() and new Function() stay blocked,
 * and the module itself still comes from 'self' only.
 */
function contentSecurityPolicy(): Plugin {
  const policy = [
    "default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "img-src 'self' data:",
    "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
    "worker-src 'self'", "manifest-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
  ].join('; ');
  return {
    name: 'faultlines-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

const decksDir = fileURLToPath(new URL('./decks', import.meta.url));

export default defineConfig({
  plugins: [
    preact(),
    contentSecurityPolicy(),
    decksPlugin(decksDir),
    ankiPlugin(decksDir),
    mapPlugin(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Faultlines — the South Caucasus after the 2025 war',
        short_name: 'Faultlines',
        description:
          'Learn the actors, corridors and alignments of the Iran–Azerbaijan relationship with spaced-repetition flashcards and quizzes. Works offline.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f7f5f0',
        theme_color: '#1f3a5f',
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: 'maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The shell and every deck chunk; the icons come from includeAssets and the manifest (each once).
        // SQLite's WebAssembly, for importing an Anki package offline, and each deck's Anki package, to download offline.
        globPatterns: ['**/*.{js,css,html,wasm}', 'anki/*.apkg'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first install takes control at once, so the very first visit already works offline.
        // Updates still wait for the learner (no skipWaiting): see registerType 'prompt'.
        clientsClaim: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // No modulepreload polyfill (0.3 KB gzip of the first load): a browser without modulepreload
    // (Safari before 17) only loses the early fetch, as the modules still load through their imports.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the first screen imports statically in one chunk. Left alone, the bundler
        // splits each module a lazy chunk shares with the entry (preact, the calendar, the rng…)
        // into a file of its own, and each file costs the first load its own gzip overhead (0.6 KB
        // in all, measured with tests/e2e/size.test.ts).
        codeSplitting: { groups: [{ name: 'shell', tags: ['$initial'] }] },
        // Deck chunks carry their deck id in the name, so the precache list can be checked deck by deck.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.startsWith('\0virtual:deck/')) ? 'assets/deck-[name]-[hash].js' : 'assets/[name]-[hash].js',
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    // A test that ends without a single assertion fails: it proves nothing (tests must be able to fail).
    expect: { requireAssertions: true },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**', 'node_modules/**'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
