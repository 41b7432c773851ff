/**
 * Restoring from a stream (issue 18): the file is read, checked and written in pieces, and still
 * all or nothing. Each way a file can be wrong is refused in the learner's words with nothing
 * written — cut mid-way, a bad checksum, a bad record (which list, which record), not a backup at
 * all, a damaged gzip — and so is a file that passed the check but reads otherwise when it is
 * written (the transaction is aborted half-way). Old backups (the checksum first, the stores in
 * their old order, any white space) restore to exactly what a new file restores.
 */
import { describe, expect, it } from 'vitest';
import { checkBackupFile, exportBackup, restoreBackup, sha256, type BackupCheck } from '../../src/app/backup';
import { canonicalJson } from '../../src/domain/canonical-json';
import { summariseLog } from '../../src/domain/day-summary';
import { checksumOf } from '../../src/domain/backup/validate';
import { createBackupWriter } from '../../src/domain/backup/writer';
import { createScheduler } from '../../src/domain/scheduler';
import type { ReviewRecord } from '../../src/domain/records';
import { backupRepository, DB_VERSION, type Database } from '../../src/storage';
import { T0, actorIds, actorsDeck, devicesOf, type TestServices } from './fixtures';

const DAY = 86_400_000;
const device = devicesOf([actorsDeck(20)]);

/** Every store, keys and values, canonically; settings apart (a restore notes that it was made). */
async function dump(database: Database): Promise<string> {
  const db = await database.get();
  const out: Record<string, unknown> = {};
  for (const name of [...db.objectStoreNames].sort()) if (name !== 'settings') out[name] = [await db.getAllKeys(name as never), await db.getAll(name as never)];
  return canonicalJson(out);
}

const accepted = (check: BackupCheck) => {
  if (!check.ok) throw new Error(`refused: ${check.reason} ${check.problems.join('; ')}`);
  return check;
};

/** `count` ratings of 20 cards over some weeks, rated as study rates them, and a quiz result: a backup's text, written by the writer. */
function history(count: number, exportedAt = T0 + 60 * DAY): string {
  const scheduler = createScheduler({ desiredRetention: 0.9, fuzz: false });
  const memories = new Map<string, ReviewRecord['after']>();
  const reviews: ReviewRecord[] = [];
  for (let i = 0; i < count; i++) {
    const cardId = actorIds(20)[i % 20]!;
    const time = T0 + Math.floor((i * 50 * DAY) / count);
    const before = memories.get(cardId);
    const { after } = scheduler.rate(before, cardId, time, (1 + (i % 4)) as 1 | 2 | 3 | 4);
    memories.set(cardId, after);
    reviews.push({ id: `r-${String(i).padStart(7, '0')}`, cardId, time, grade: (1 + (i % 4)) as 1 | 2 | 3 | 4, source: 'study', after, ...(before ? { before } : {}) });
  }
  const pieces: string[] = [];
  const writer = createBackupWriter({ exportedAt, dbVersion: DB_VERSION }, (p) => pieces.push(p));
  writer.beginList('classSessions'); writer.endList();
  writer.beginList('importedDecks'); writer.endList();
  writer.beginList('memories'); writer.records([...memories.values()]); writer.endList();
  writer.beginList('quizResults');
  writer.records([{ id: 'q1', mode: 'quiz', deckIds: ['actors'], topics: ['actors'], seed: 's', questionCount: 1, practice: false, startedAt: T0, answers: [{ questionId: 'x', correct: true, cardIds: ['act-001'], missedCardIds: [], answeredAt: T0 + 1000 }] }]);
  writer.endList();
  writer.beginList('reviews');
  for (let i = 0; i < reviews.length; i += 1000) writer.records(reviews.slice(i, i + 1000));
  writer.endList();
  writer.single('settings', { desiredRetention: 0.9, newCardsPerDay: 20, theme: 'system' });
  writer.finish();
  return pieces.join('');
}

/** A device with ratings of its own, to see that a refused file leaves them be. */
async function busy(): Promise<TestServices> {
  const here = device();
  here.clock.set(T0 + 70 * DAY);
  await restoreBackup(here, accepted(await checkBackupFile(here, new Blob([history(30, T0 + 70 * DAY)]))).file, 'replace');
  return here;
}

/** A Blob that reads as `later` from its second read on: a file changed after it was checked. */
class Changing extends Blob {
  private reads = 0;
  constructor(first: string, private readonly later: Blob) { super([first]); }
  override stream() {
    return ++this.reads > 1 ? this.later.stream() : super.stream();
  }
}

describe('a streamed restore', () => {
  it('writes a long history in batches in one transaction: every row, and day summaries equal to a recount', async () => {
    const text = history(9_000);
    const here = device();
    here.clock.set(T0 + 61 * DAY);
    const check = accepted(await checkBackupFile(here, new Blob([text])));
    expect(check.summary).toMatchObject({ reviews: 9_000, cards: 20, quizResults: 1, recomputed: 0, comparison: 'nothing-here' });
    expect(await restoreBackup(here, check.file, 'replace')).toMatchObject({ reviews: 9_000, cards: 20 });
    const db = await here.database.get();
    const reviews = await db.getAll('reviews');
    expect(reviews).toHaveLength(9_000);
    const recount = [...summariseLog(reviews, (await db.getAll('quizResults')).flatMap((q) => q.answers), () => 0).values()];
    expect(canonicalJson(await db.getAll('days'))).toBe(canonicalJson(recount.sort((a, b) => (a.day < b.day ? -1 : 1))));
    expect(await here.progress.reviewCount()).toBe(9_000);
  }, 120_000);

  it('refuses a stream cut mid-file, and nothing is written', async () => {
    const text = history(300);
    const here = await busy();
    const before = await dump(here.database);
    for (const at of [0.1, 0.5, 0.9, 0.999]) {
      const check = await checkBackupFile(here, new Blob([text.slice(0, Math.floor(text.length * at))]));
      expect(check).toMatchObject({ ok: false, reason: 'This backup is incomplete: the file stops before its end, as if cut off while downloading or copying.' });
    }
    expect(await dump(here.database)).toBe(before);
  });

  it('aborts the whole write when the file reads otherwise on the second read (cut, or changed), and nothing is written', async () => {
    const text = history(6_000);
    for (const mode of ['replace', 'merge'] as const) {
      const here = await busy();
      const before = await dump(here.database);
      const cut = new Changing(text, new Blob([text.slice(0, Math.floor(text.length * 0.8))]));
      const checked = accepted(await checkBackupFile(here, cut));
      await expect(restoreBackup(here, checked.file, mode)).rejects.toThrow();
      expect(await dump(here.database), `${mode}, cut`).toBe(before);
      const changed = new Changing(text, new Blob([text.replace('"grade":3', '"grade":4')]));
      await expect(restoreBackup(here, accepted(await checkBackupFile(here, changed)).file, mode)).rejects.toThrow(/changed after it was checked/);
      expect(await dump(here.database), `${mode}, changed`).toBe(before);
    }
  }, 120_000);

  it('refuses a bad checksum, a bad record (saying which list and which record), and what is no backup at all', async () => {
    const here = await busy();
    const before = await dump(here.database);
    const file = JSON.parse(history(40));
    const tampered = structuredClone(file);
    tampered.data.reviews[3].grade = 1;
    expect(await checkBackupFile(here, new Blob([JSON.stringify(tampered)]))).toMatchObject({
      ok: false, reason: 'This backup was changed or damaged after it was exported (its checksum does not match), so it cannot be trusted.',
    });
    const bad = structuredClone(file);
    bad.data.reviews[7].grade = 9;
    bad.checksum = await checksumOf(bad, sha256);
    expect(await checkBackupFile(here, new Blob([JSON.stringify(bad)]))).toEqual({
      ok: false, reason: 'This backup has 1 problem.', problems: ['data.reviews[7].grade must be 1–4, found 9'],
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await checkBackupFile(here, new Blob([png]))).toMatchObject({ ok: false, reason: 'This is not a Faultlines backup: it is not JSON.' });
    expect(await checkBackupFile(here, new Blob(['{"name":"a note","items":[1,2,3]}']))).toMatchObject({
      ok: false, reason: 'This is not a Faultlines backup.', problems: ['format must be "faultlines-backup", found nothing'],
    });
    expect(await checkBackupFile(here, new Blob(['  \n']))).toMatchObject({ ok: false, reason: 'This file is empty, so it is not a Faultlines backup.' });
    expect(await dump(here.database)).toBe(before);
  });

  it('refuses a gzip file damaged in the middle, in plain words, and writes nothing', async () => {
    const a = device();
    a.clock.set(T0 + 61 * DAY);
    await restoreBackup(a, accepted(await checkBackupFile(a, new Blob([history(400)]))).file, 'replace');
    const packed = new Uint8Array(await (await exportBackup(a, { compress: true })).blob.arrayBuffer());
    const damaged = packed.slice();
    for (let i = Math.floor(damaged.length / 2); i < Math.floor(damaged.length / 2) + 16; i++) damaged[i] = damaged[i]! ^ 0xff;
    const here = await busy();
    const before = await dump(here.database);
    expect(await checkBackupFile(here, new Blob([damaged]))).toMatchObject({
      ok: false, reason: 'This compressed backup is incomplete or damaged: it could not be unpacked to its end, as if cut off while downloading or copying.',
    });
    expect(await dump(here.database)).toBe(before);
  });

  it('restores an old backup (checksum first, stores in their old order, indented) exactly as a new one', async () => {
    const text = history(120);
    const file = JSON.parse(text);
    const d = file.data;
    const old = {
      format: file.format, version: file.version, exportedAt: file.exportedAt, app: { dbVersion: 6 }, checksum: '',
      data: { memories: d.memories, reviews: d.reviews, quizResults: d.quizResults, settings: d.settings, importedDecks: d.importedDecks, classSessions: d.classSessions },
    };
    old.checksum = await checksumOf(old, sha256);
    const fromNew = device();
    const fromOld = device();
    for (const [target, body] of [[fromNew, text], [fromOld, JSON.stringify(old, null, 2)]] as const) {
      target.clock.set(T0 + 61 * DAY);
      await restoreBackup(target, accepted(await checkBackupFile(target, new Blob([body]))).file, 'replace');
    }
    expect(await dump(fromOld.database)).toBe(await dump(fromNew.database));
    expect(await fromOld.progress.reviewCount()).toBe(120);
    expect((await backupRepository(fromOld.database).readAll()).reviews).toHaveLength(120);
  });

  it('reads a file in any key order: the data before the file\'s own time is checked again once the time is known', async () => {
    const file = JSON.parse(history(60));
    const { data, checksum, version, app, format, exportedAt } = file;
    const shuffled = JSON.stringify({ data: Object.fromEntries(Object.entries(data).reverse()), checksum, version, app, format, exportedAt });
    const here = device();
    here.clock.set(T0 + 61 * DAY);
    const check = accepted(await checkBackupFile(here, new Blob([shuffled])));
    expect(check.summary).toMatchObject({ reviews: 60, recomputed: 0 });
    await restoreBackup(here, check.file, 'replace');
    expect(await here.progress.reviewCount()).toBe(60);
    // A rating later than the file's own time is refused, though the time comes last.
    const late = structuredClone(file);
    late.data.reviews[5].time = late.exportedAt + DAY;
    late.checksum = await checksumOf(late, sha256);
    const { data: d2, ...head } = late;
    const refused = await checkBackupFile(here, new Blob([JSON.stringify({ data: d2, ...head })]));
    expect(refused).toMatchObject({ ok: false, reason: 'This backup has 1 problem.' });
    expect(!refused.ok && refused.problems[0]).toMatch(/^data\.reviews\[5\]\.time must be a time from 1 January 2020 to when the backup was made/);
  });
});
