import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildApp, ROOT, type ChunkModules } from '../../scripts/shared/build';
import { FIRST_LOAD_BUDGET_BYTES, fileSize, firstLoad, firstLoadFiles, precacheFiles, qrDecoderFile } from '../../scripts/shared/size';
import { DIST } from './static-server';

// Sizes are deterministic, so the budget is checked on every build; timings stay in `npm run bench`.
it('keeps the first load (JS + CSS, gzip) within the 28 KB budget', () => {
  const { files, gzip, raw } = firstLoad(DIST);
  console.log(`first load: ${(gzip / 1000).toFixed(1)} KB gzip (${(raw / 1000).toFixed(1)} KB raw) in ${files.map((f) => f.file).join(', ')}`);
  expect(files.some((f) => f.file.endsWith('.js'))).toBe(true);
  expect(files.some((f) => f.file.endsWith('.css'))).toBe(true);
  expect(gzip).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
});

/**
 * Code the first screen (Today, or a card in Study) never runs, by source path: it must come in a
 * lazy chunk. A static import from the first screen's code pulls it in silently; this names it.
 */
const LAZY_ONLY: { what: string; path: RegExp }[] = [
  { what: 'the scheduler (ts-fsrs)', path: /node_modules\/ts-fsrs\/|\/src\/domain\/scheduler\.ts$/ },
  { what: 'the CSV importer', path: /\/src\/(domain\/deck\/(import-csv|delimited|text-file)|app\/csv-import)\.ts$/ },
  { what: 'deck and field validation', path: /\/src\/domain\/(deck\/validate|validation)\.ts$/ },
  // Today's backup reminder (domain/backup/reminder.ts) is the one part of backup the first screen shows.
  { what: 'backup', path: /\/src\/(domain\/backup\/(?!reminder\.ts$)|app\/backup\.ts$|storage\/backup-repository\.ts$)/ },
  { what: 'the camera scanner', path: /\/src\/(app\/scan\/|ui\/classroom\/(Scanner|beep))/ },
  { what: 'sync', path: /\/src\/(domain\/sync\/|app\/sync\/|storage\/sync-repository\.ts$)/ },
  { what: 'the classroom (share specs, result codes)', path: /\/src\/(domain\/classroom\/|ui\/classroom\/)/ },
  { what: 'quiz generation and grading', path: /\/src\/domain\/quiz\/(kinds\/|bank|generate|distractors|briefing)/ },
  { what: 'the quiz screens and answer components (order, matching, …)', path: /\/src\/ui\/quiz\// },
  { what: 'a lazy screen', path: /\/src\/ui\/screens\/(?!Today|Study)\w+\.tsx$/ },
  { what: "a deck's card text or notes", path: /^\0virtual:deck(\/|-notes)/ },
  { what: 'the trust rules for files from elsewhere', path: /\/src\/domain\/trust\.ts$/ },
  { what: 'the upgrade rungs that move stored data', path: /\/src\/(storage\/migrations|domain\/deck\/namespace)\.ts$/ },
];

let built: { dir: string; chunks: ChunkModules[] } | undefined;
afterAll(() => { if (built) rmSync(built.dir, { recursive: true, force: true }); });

it('keeps lazy-only code out of the first load, and names any module that got in', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'faultlines-size-'));
  built = { dir, chunks: await buildApp(dir) };
  const first = new Set(firstLoadFiles(dir));
  const inFirstLoad = built.chunks.filter((c) => first.has(c.fileName));
  expect(inFirstLoad.length).toBeGreaterThan(0);
  // The check itself can see a lazy-only module: the scheduler is in some chunk of this build.
  expect(built.chunks.some((c) => c.modules.some((m) => LAZY_ONLY[0]!.path.test(m.id)))).toBe(true);
  const found = inFirstLoad.flatMap((chunk) => chunk.modules
    .filter((m) => m.bytes > 0)
    .flatMap((m) => LAZY_ONLY.filter((rule) => rule.path.test(m.id))
      .map((rule) => `${chunk.fileName} holds ${rule.what}: ${m.id.replace(ROOT, '').replace(/^\0/, '')}`)));
  expect(found).toEqual([]);
}, 120_000);

it("keeps the camera scanner's QR decoder out of the first load, and precaches it for scanning offline", () => {
  const decoder = qrDecoderFile(DIST);
  expect(decoder).toMatch(/^assets\/qr-worker-[\w-]+\.js$/);
  const { gzip, raw } = fileSize(DIST, decoder!);
  console.log(`QR decoder: ${(gzip / 1000).toFixed(1)} KB gzip (${(raw / 1000).toFixed(1)} KB raw), ${decoder}`);
  expect(firstLoad(DIST).files.map((f) => f.file)).not.toContain(decoder);
  expect(precacheFiles(DIST)).toContain(decoder);
});
