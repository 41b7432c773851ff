/**
 * The backup written in pieces (issue 18): a file the importer has always read, with its checksum
 * computed as it is written; optionally gzip-compressed; and files of every kind refused, with
 * nothing written, when they stop before their end.
 */
import { describe, expect, it } from 'vitest';
import { checkBackup, checkBackupFile, exportBackup, restoreBackup, sha256, type BackupCheck } from '../../src/app/backup';
import { planRating } from '../../src/app/rating-plan';
import { canonicalJson } from '../../src/domain/canonical-json';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../src/domain/backup/format';
import { checksumOf } from '../../src/domain/backup/validate';
import { createBackupWriter } from '../../src/domain/backup/writer';
import { createScheduler } from '../../src/domain/scheduler';
import { backupRepository, DB_VERSION, type Database } from '../../src/storage';
import { EXPORT_PAGE } from '../../src/storage/backup-repository';
import { exactly } from '../storage/helpers';
import { T0, actorIds, actorsDeck, devicesOf, type TestServices } from './fixtures';

const device = devicesOf([actorsDeck(20)]);

/** `count` ratings over a few weeks, written straight through the ratings path. */
async function withRatings(count: number): Promise<TestServices> {
  const services = device();
  const scheduler = createScheduler({ desiredRetention: 0.9, fuzz: false });
  for (let i = 0; i < count; i++) {
    await services.progress.record(planRating(scheduler, { id: `r-${String(i).padStart(6, '0')}`, cardId: actorIds(20)[i % 20]!, time: T0 + i * 600_000, grade: (1 + (i % 4)) as 1 | 2 | 3 | 4, source: 'study' }));
  }
  services.clock.set(T0 + count * 600_000 + 1);
  return services;
}

/**
 * The progress stores, every key and value, canonically (a restored record's keys come in sorted
 * order); settings differ by design: a restore notes it was made from a backup.
 */
async function dump(database: Database): Promise<string> {
  const db = await database.get();
  const out: Record<string, unknown> = {};
  for (const name of ['classSessions', 'days', 'importedDecks', 'memories', 'quizResults', 'reviews'] as const) out[name] = [await db.getAllKeys(name), await db.getAll(name)];
  return canonicalJson(out);
}

const accepted = (check: BackupCheck) => {
  if (!check.ok) throw new Error(`refused: ${check.reason} ${check.problems.join('; ')}`);
  return check;
};

const gzip = async (bytes: Uint8Array<ArrayBuffer>) => new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer());

describe('a backup written in pieces', () => {
  it('signs exactly the text the importer checks, the checksum computed as the pieces are written', async () => {
    const pieces: string[] = [];
    const writer = createBackupWriter({ exportedAt: T0, dbVersion: 7 }, (p) => pieces.push(p));
    writer.beginList('memories');
    writer.records([{ b: 1, a: 'x' }]);
    writer.records([]);
    writer.records([{ a: 'é' }, { a: '🌍' }]);
    writer.endList();
    writer.beginList('reviews');
    writer.endList();
    writer.single('settings', { theme: 'dark' });
    const checksum = writer.finish();
    const file = JSON.parse(pieces.join(''));
    expect(file).toEqual({
      format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: T0, app: { dbVersion: 7 }, checksum,
      data: { memories: [{ a: 'x', b: 1 }, { a: 'é' }, { a: '🌍' }], reviews: [], settings: { theme: 'dark' } },
    });
    expect(checksum).toBe(await checksumOf(file, sha256));
  });

  it('refuses to write stores out of their canonical order', () => {
    const writer = createBackupWriter({ exportedAt: T0, dbVersion: 7 }, () => undefined);
    writer.single('settings', {});
    expect(() => writer.beginList('reviews')).toThrow(/order of their names/);
  });

  it('reads the log a page at a time and never makes one piece of it all', async () => {
    const services = await withRatings(EXPORT_PAGE + 30);
    const pages: number[] = [];
    await backupRepository(services.database).readInPages({
      beginList: () => undefined, endList: () => undefined, single: () => undefined,
      records: (records) => pages.push(records.length),
    });
    expect(Math.max(...pages)).toBe(EXPORT_PAGE);
    expect(pages.reduce((a, b) => a + b, 0)).toBe(EXPORT_PAGE + 30 + 20);
  }, 120_000);

  it('round-trips a history whole: export, restore on a fresh device, every store the same', async () => {
    const a = await withRatings(300);
    const backup = await exportBackup(a);
    expect(backup.counts).toMatchObject({ reviews: 300, cards: 20 });
    expect(backup.blob.size).toBe(backup.jsonBytes);
    const b = device();
    b.clock.set(a.clock.now());
    const before = await dump(a.database);
    await restoreBackup(b, accepted(await checkBackupFile(b, backup.blob)).file, 'replace');
    expect(await dump(b.database)).toBe(before);
  });

  it('offers a gzip file, smaller, that restores to the same as the plain one', async () => {
    const a = await withRatings(300);
    const plain = await exportBackup(a);
    const packed = await exportBackup(a, { compress: true });
    expect(packed.fileName).toMatch(/\.json\.gz$/);
    expect([...new Uint8Array(await packed.blob.slice(0, 2).arrayBuffer())]).toEqual([0x1f, 0x8b]);
    expect(packed.blob.size).toBeLessThan(plain.blob.size / 4);
    const fromPlain = device();
    const fromPacked = device();
    for (const [target, file] of [[fromPlain, plain.blob], [fromPacked, packed.blob]] as const) {
      target.clock.set(a.clock.now());
      await restoreBackup(target, accepted(await checkBackupFile(target, file)).file, 'replace');
    }
    expect(await dump(fromPacked.database)).toBe(await dump(fromPlain.database));
  });

  it('refuses a compressed file cut off mid-way, in plain words, and writes nothing', async () => {
    const a = await withRatings(200);
    const packed = new Uint8Array(await (await exportBackup(a, { compress: true })).blob.arrayBuffer());
    const here = device();
    await here.progress.record(exactly({ id: 'mine', cardId: 'act-001', time: T0, grade: 3, source: 'study', after: { cardId: 'act-001', due: T0 + 1, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 1, lapses: 0, state: 1, lastReview: T0 } }));
    const before = await dump(here.database);
    for (const cut of [10, Math.floor(packed.length / 2), packed.length - 3]) {
      const check = await checkBackupFile(here, new Blob([packed.slice(0, cut)]));
      expect(check.ok, `cut at ${cut}`).toBe(false);
      if (!check.ok) expect(check.reason).toMatch(/incomplete/);
    }
    expect(await dump(here.database)).toBe(before);
  });

  it('refuses a plain file cut off mid-way, and a compressed one whose JSON inside stops early', async () => {
    const a = await withRatings(50);
    const text = await (await exportBackup(a)).blob.text();
    const cut = text.slice(0, Math.floor(text.length * 0.6));
    const here = device();
    const plain = await checkBackupFile(here, new Blob([cut]));
    expect(plain).toMatchObject({ ok: false, reason: expect.stringMatching(/incomplete/) });
    const packed = await checkBackupFile(here, new Blob([await gzip(new TextEncoder().encode(cut))]));
    expect(packed).toMatchObject({ ok: false, reason: expect.stringMatching(/incomplete/) });
    expect(await here.progress.reviewCount()).toBe(0);
  });

  it('still restores a file as older versions wrote it (the checksum before the data)', async () => {
    const a = await withRatings(40);
    const data = await backupRepository(a.database).readAll();
    const unsigned = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: a.clock.now(), app: { dbVersion: 6 }, data };
    const { data: body, ...head } = { ...unsigned, checksum: await checksumOf(unsigned, sha256) };
    const oldText = `${JSON.stringify({ ...head, data: body })}\n`;
    expect(Object.keys(JSON.parse(oldText))).toEqual(['format', 'version', 'exportedAt', 'app', 'checksum', 'data']);
    const b = device();
    b.clock.set(a.clock.now());
    await restoreBackup(b, accepted(await checkBackup(b, oldText)).file, 'replace');
    expect(await b.progress.reviewCount()).toBe(40);
    expect(DB_VERSION).toBeGreaterThan(6);
  });
});
