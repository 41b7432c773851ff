import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apkgPath } from '../../src/domain/anki/package-path';
import { BROKEN, modernApkg } from '../anki/fixtures';
import { axeViolations, countImportedDecks, openControlled, rateFront, readProgress, useBrowserAndServer } from './browser';
import { shippedDecks } from './quiz-driver';
import { DIST } from './static-server';

const env = useBrowserAndServer();
const work = mkdtempSync(join(tmpdir(), 'faultlines-anki-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function choosePackage(page: Page, name: string, bytes: Uint8Array) {
  await page.getByLabel('File', { exact: true }).setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
}

/** Runs SQL on a collection with Debian's sqlite3, as JSON rows. */
function query(db: string, sql: string): Record<string, unknown>[] {
  const out = execFileSync('sqlite3', ['-json', db, sql], { encoding: 'utf8' });
  return out.trim() ? JSON.parse(out) as Record<string, unknown>[] : [];
}

it('imports an Anki package offline, shows what it leaves out, and studies one of its cards', async () => {
  const context = await env.browser.newContext();
  const page = await openControlled(context, env.server.url);
  const cspErrors: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy|WebAssembly/i.test(m.text())) cspErrors.push(m.text()); });
  await context.setOffline(true);
  await page.goto(`${env.server.url}/library`);
  await choosePackage(page, 'geography.apkg', modernApkg());

  const preview = page.getByTestId('import-preview');
  await preview.waitFor();
  const notes = await page.getByTestId('anki-notes').textContent();
  expect(notes).toContain('Read 6 notes from an Anki package (collection.anki21b).');
  expect(notes).toContain('1 note of the type “Japanese (vocab)” (Expression, Meaning, Reading) is imported as basic cards from the first two fields, Expression and Meaning; the other fields are left out.');
  expect(notes).toContain('Pictures and sounds are not imported (1 note shows or plays one): the text of those notes is.');
  expect(notes).toContain("Anki's scheduling is not imported");
  expect(await preview.textContent()).toContain('Note 6: the definition (second field) is empty');
  expect(await preview.locator('tbody tr').count()).toBe(7);
  expect(await countImportedDecks(page), 'nothing is written before the learner agrees').toBe(0);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Import 7 cards' }).click();
  await page.getByTestId('import-saved').waitFor();
  await page.getByRole('link', { name: 'Geography' }).click();
  await page.getByText('Capital of Azerbaijan').waitFor();
  // The fields' HTML is text now: no picture, no script ran.
  expect(await page.locator('main img, main script, main b').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();

  await page.getByRole('link', { name: 'Study this deck' }).click();
  const studied = await rateFront(page, '3');
  expect(studied).toMatch(/^[a-z]{5}-000[1-7]$/);
  expect((await readProgress(page)).reviews.map((r) => r.cardId)).toEqual([studied]);
  expect(cspErrors).toEqual([]);
  await context.close();
});

describe('a broken package is refused with the reason, and nothing is saved', () => {
  for (const [what, broken] of Object.entries(BROKEN)) {
    it(what, async () => {
      const page = await env.browser.newPage();
      await page.goto(`${env.server.url}/library`);
      await choosePackage(page, 'broken.apkg', broken.bytes);
      const error = page.getByTestId('import-error');
      await error.waitFor();
      expect(await error.textContent()).toContain(`broken.apkg: ${broken.says} Nothing was imported.`);
      expect(await page.getByTestId('import-preview').count()).toBe(0);
      expect(await countImportedDecks(page)).toBe(0);
      expect(await page.locator('.library-deck').count()).toBe(shippedDecks.length);
      await page.close();
    });
  }
});

it('exports a shipped deck offline as an Anki text file and as an Anki package, and both read back', async () => {
  const deck = shippedDecks[0]!;
  const context = await env.browser.newContext({ acceptDownloads: true });
  const page = await openControlled(context, env.server.url);
  await context.setOffline(true);
  await page.goto(`${env.server.url}/library`);

  const [text] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-anki-deck="${deck.id}"]`).getByRole('button', { name: 'Anki text file' }).click()]);
  expect(text.suggestedFilename()).toBe(`faultlines-${deck.id}-anki.txt`);
  const textFile = join(work, 'deck.txt');
  await text.saveAs(textFile);
  const lines = readFileSync(textFile, 'utf8').trimEnd().split('\n');
  const headers = lines.filter((l) => l.startsWith('#'));
  expect(headers).toEqual([
    '#separator:tab', '#html:true', '#columns:Front\tBack\tExplanation\tSource\tTags\tGUID', '#notetype:Basic',
    `#deck:Faultlines::${deck.title}`, '#tags column:5', '#guid column:6',
  ]);
  const rows = lines.filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));
  const guids = [...deck.cards.map((c) => c.id), ...(deck.sorts ?? []).map((s) => `${deck.id}:${s.id}`)];
  expect(rows.map((r) => r.at(-1))).toEqual(guids);
  expect(rows.every((r) => r.length === 6)).toBe(true);
  expect(rows[0]![4]!.split(' ')).toEqual(expect.arrayContaining(['faultlines', `topic::${deck.topic}`, `kind::${deck.cards[0]!.kind}`]));

  // The same file reads back into Faultlines: the headers are understood, every note is a card again.
  await page.getByLabel('File', { exact: true }).setInputFiles(textFile);
  const preview = page.getByTestId('import-preview');
  await preview.waitFor();
  expect(await preview.textContent()).toContain("Read as tab-separated, with Anki's file headers.");
  expect(await preview.locator('tbody tr').count()).toBe(guids.length);
  await page.getByRole('button', { name: 'Cancel' }).click();

  // The package is a static file of the build, precached: offline, the service worker gives it.
  const bytes = await page.evaluate(async (path) => {
    const response = await fetch(path);
    return { ok: response.ok, data: [...new Uint8Array(await response.arrayBuffer())] };
  }, `/${apkgPath(deck.id)}`);
  expect(bytes.ok).toBe(true);
  expect(await page.locator(`[data-anki-deck="${deck.id}"]`).getByRole('link', { name: 'Anki package (.apkg)' }).getAttribute('href')).toBe(`/${apkgPath(deck.id)}`);
  const db = join(work, 'from-browser.anki2');
  writeFileSync(db, unzipSync(Uint8Array.from(bytes.data))['collection.anki2']!);
  expect(query(db, 'select guid from notes order by guid').map((r) => r.guid)).toEqual([...guids].sort());
  await context.close();
});

describe("the build's Anki packages, read with sqlite3", () => {
  const tables = ['cards', 'col', 'graves', 'notes', 'revlog'];
  const columns: Record<string, string[]> = {
    col: ['id', 'crt', 'mod', 'scm', 'ver', 'dty', 'usn', 'ls', 'conf', 'models', 'decks', 'dconf', 'tags'],
    notes: ['id', 'guid', 'mid', 'mod', 'usn', 'tags', 'flds', 'sfld', 'csum', 'flags', 'data'],
    cards: ['id', 'nid', 'did', 'ord', 'mod', 'usn', 'type', 'queue', 'due', 'ivl', 'factor', 'reps', 'lapses', 'left', 'odue', 'odid', 'flags', 'data'],
  };
  for (const deck of shippedDecks) {
    it(`${deck.id}: Anki's schema 11, one note and one new card per card or sort, guids equal to the ids`, () => {
      const files = unzipSync(readFileSync(join(DIST, apkgPath(deck.id))));
      expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
      expect(JSON.parse(new TextDecoder().decode(files.media))).toEqual({});
      const db = join(work, `${deck.id}.anki2`);
      writeFileSync(db, files['collection.anki2']!);
      expect(query(db, 'pragma integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(query(db, "select name from sqlite_master where type = 'table' order by name").map((r) => r.name)).toEqual(tables);
      for (const [table, names] of Object.entries(columns)) {
        expect(query(db, `pragma table_info(${table})`).map((r) => r.name), table).toEqual(names);
      }
      const [col] = query(db, 'select ver, models, decks from col');
      expect(col!.ver).toBe(11);
      const models = JSON.parse(col!.models as string) as Record<string, { name: string; type: number; flds: { name: string }[] }>;
      const decks = JSON.parse(col!.decks as string) as Record<string, { name: string }>;

      const guids = [...deck.cards.map((c) => c.id), ...(deck.sorts ?? []).map((s) => `${deck.id}:${s.id}`)];
      const notes = query(db, 'select id, guid, mid, flds from notes');
      expect(notes.map((n) => n.guid).sort()).toEqual([...guids].sort());
      for (const note of notes) {
        const model = models[String(note.mid)];
        expect(model, `note ${note.guid} has its note type`).toBeDefined();
        expect((note.flds as string).split('\u001f')).toHaveLength(model!.flds.length);
      }
      const clozes = deck.cards.filter((c) => c.kind === 'cloze').map((c) => c.id).sort();
      expect(notes.filter((n) => models[String(n.mid)]!.type === 1).map((n) => n.guid).sort()).toEqual(clozes);
      expect(query(db, 'select count(*) as n from notes where (select count(*) from cards where cards.nid = notes.id) != 1')).toEqual([{ n: 0 }]);
      expect(query(db, 'select distinct type, queue, reps, ivl from cards')).toEqual([{ type: 0, queue: 0, reps: 0, ivl: 0 }]);
      const deckIds = query(db, 'select distinct did from cards').map((r) => String(r.did));
      expect(deckIds.map((id) => decks[id]?.name)).toEqual([`Faultlines::${deck.title}`]);
    });
  }
});

it("keeps the Anki reader out of the first load, and precaches it with SQLite's WebAssembly and every deck's package", async () => {
  const { firstLoadFiles, precacheFiles, fileSize } = await import('../../scripts/shared/size');
  const assets = readdirSync(join(DIST, 'assets'));
  const reader = assets.filter((f) => /^anki-import-[\w-]+\.js$/.test(f)).map((f) => `assets/${f}`);
  const wasm = assets.filter((f) => f.endsWith('.wasm')).map((f) => `assets/${f}`);
  expect(reader).toHaveLength(1);
  expect(wasm).toHaveLength(1);
  const first = firstLoadFiles(DIST);
  expect(first.filter((f) => reader.includes(f) || wasm.includes(f))).toEqual([]);
  for (const file of first.filter((f) => f.endsWith('.js'))) expect(readFileSync(join(DIST, file), 'utf8'), file).not.toMatch(/initSqlJs|collection\.anki21b/);
  const precached = precacheFiles(DIST);
  expect(precached).toEqual(expect.arrayContaining([...reader, ...wasm, ...shippedDecks.map((d) => apkgPath(d.id))]));
  const sizes = [...reader, ...wasm].map((f) => fileSize(DIST, f));
  console.log(`Anki reader, loaded on import: ${sizes.map((s) => `${s.file} ${(s.gzip / 1000).toFixed(1)} KB gzip (${(s.raw / 1000).toFixed(1)} KB raw)`).join(', ')}`);
});
