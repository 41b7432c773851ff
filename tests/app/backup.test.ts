import { afterEach, describe, expect, it } from 'vitest';
import { checkBackup, exportBackup, restoreBackup, sha256, type BackupCheck } from '../../src/app/backup';
import { dismissBackupReminder, loadBackupReminder } from '../../src/app/backup-reminder';
import { planRating } from '../../src/app/rating-plan';
import { startStudy } from '../../src/app/study';
import { checksumOf } from '../../src/domain/backup/validate';
import { createScheduler } from '../../src/domain/scheduler';
import type { Grade } from '../../src/domain/memory';
import { backupRepository, BACKUP_STORES, DB_VERSION, NOT_BACKED_UP, type Database } from '../../src/storage';
import { T0, testDeck, testServices, exportText } from './fixtures';

type TestServices = ReturnType<typeof testServices>;
const DAY = 86_400_000;
const ids = (n: number) => Array.from({ length: n }, (_, i) => `act-${String(i + 1).padStart(3, '0')}`);
const decks = [testDeck('actors', ids(10))];

let open: TestServices[] = [];
afterEach(() => { open.forEach((s) => s.database.close()); open = []; });

/** A device of its own, with review ids that cannot collide with another device's (as UUIDs do not). */
function device(name: string): TestServices {
  const services = testServices(decks);
  let n = 0;
  services.newId = () => `${name}-${++n}`;
  open.push(services);
  return services;
}

/** Rates one card at a time, as a study session does. */
async function rate(services: TestServices, cardId: string, time: number, grade: Grade) {
  services.clock.set(time);
  const study = await startStudy(services, { cardIds: [cardId] });
  await study.rate(grade);
}

/** Every store, every key and value, exactly as the database holds them. */
async function dump(database: Database) {
  const db = await database.get();
  const names = [...db.objectStoreNames].sort();
  const tx = db.transaction(names);
  const out: Record<string, { keys: unknown[]; values: unknown[] }> = {};
  for (const name of names) out[name] = { keys: await tx.objectStore(name).getAllKeys(), values: await tx.objectStore(name).getAll() };
  await tx.done;
  return { structured: out, bytes: JSON.stringify(out) };
}

/** A device with a little of everything: three ratings, a quiz result, an imported deck, own settings. */
async function busyDevice(name = 'a'): Promise<TestServices> {
  const services = device(name);
  await rate(services, 'act-001', T0, 3);
  await rate(services, 'act-002', T0 + 60_000, 4);
  await rate(services, 'act-001', T0 + DAY, 3);
  await services.quizzes.save({
    id: `${name}-quiz`, mode: 'quiz', deckIds: ['actors'], topics: ['actors'], seed: 'seed', questionCount: 1, practice: true,
    startedAt: T0, answers: [{ questionId: 'choice:act-003', correct: false, cardIds: ['act-003'], missedCardIds: ['act-003'], answeredAt: T0 + 1000 }],
  }, []);
  await services.decks.save({
    id: 'custom-abcde', title: 'Mine', topic: 'custom', version: 1, intro: 'Mine.', talkingPoints: [],
    cards: [{ id: 'abcde-0001', kind: 'basic', prompt: 'P', answer: 'A', explanation: '', tags: [], source: { type: 'imported', file: 'm.csv', date: '2026-05-04' } }],
  });
  await (await services.database.get()).put('classSessions', {
    id: `${name}-class`, spec: { v: 1, title: 'Monday', decks: [{ id: 'actors', version: 1 }], seed: 'x', count: 10, secondsPerQuestion: 30 }, title: 'Monday', createdAt: T0,
    students: [{ name: 'Ana', code: 'code', responses: [1, null], addedAt: T0 + 1000 }],
  });
  await services.settings.save({ newCardsPerDay: 35, theme: 'dark' });
  services.clock.set(T0 + 2 * DAY);
  return services;
}

const accepted = (check: BackupCheck) => {
  if (!check.ok) throw new Error(`refused: ${check.reason} ${check.problems.join('; ')}`);
  return check;
};

describe('exporting', () => {
  it('writes one versioned, signed JSON file of every store, named with the date', async () => {
    const services = await busyDevice();
    const backup = await exportBackup(services);
    const text = await backup.blob.text();
    expect(backup.fileName).toBe('faultlines-backup-2026-05-06.json');
    expect(backup.counts).toEqual({ reviews: 3, cards: 2, quizResults: 1 });
    const file = JSON.parse(text);
    // The checksum comes last: it is computed as the file is written (domain/backup/writer.ts).
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'app', 'data', 'checksum']);
    expect(file).toMatchObject({ format: 'faultlines-backup', version: 1, exportedAt: T0 + 2 * DAY, app: { dbVersion: DB_VERSION } });
    expect(Object.keys(file.data).sort()).toEqual(Object.keys(BACKUP_STORES).sort());
    expect(file.checksum).toBe(await checksumOf(file, sha256));
    expect(file.data.settings).toMatchObject({ newCardsPerDay: 35, theme: 'dark' });
    // Bookkeeping about this browser stays with it.
    expect(file.data.settings).not.toHaveProperty('lastBackupAt');
  });

  it('lists every store of the database, with its key path, in the store table (or says it stays out)', async () => {
    const services = device('a');
    const db = await services.database.get();
    expect([...Object.keys(BACKUP_STORES), ...NOT_BACKED_UP].sort()).toEqual([...db.objectStoreNames].sort());
    const lists = Object.entries(BACKUP_STORES).filter(([, spec]) => spec.shape === 'list');
    expect(lists.length, 'stores backed up as lists of records').toBeGreaterThan(0);
    for (const [name, spec] of lists) {
      if (spec.shape === 'list') expect(db.transaction(name as never).objectStore(name as never).keyPath).toBe(spec.key);
    }
  });
});

describe('restoring with "replace"', () => {
  it('round-trips exactly: export, replace on a fresh device, export again gives the same file', async () => {
    const a = await busyDevice();
    const first = { text: await exportText(a) };
    const before = await dump(a.database);

    const b = device('b');
    b.clock.set(T0 + 2 * DAY);
    const check = accepted(await checkBackup(b, first.text));
    expect(check.summary).toMatchObject({ reviews: 3, cards: 2, quizResults: 1, importedDecks: 1, classSessions: 1, comparison: 'nothing-here' });
    const report = await restoreBackup(b, check.file, 'replace');
    expect(report).toMatchObject({ mode: 'replace', reviews: 3, cards: 2, quizResults: 1 });

    const after = await dump(b.database);
    for (const store of Object.keys(BACKUP_STORES).filter((name) => name !== 'settings')) {
      expect(after.structured[store]?.values.length, store).toBeGreaterThan(0);
      expect(after.structured[store]).toStrictEqual(before.structured[store]);
    }
    expect((await exportText(b))).toBe(first.text);
    // The restored decks join the catalogue at once.
    expect(b.catalog.isImported('custom-abcde')).toBe(true);
  });

  it('replaces what was here, keeps this browser\'s own settings, and counts the reminder from the backup', async () => {
    const a = await busyDevice();
    const text = await exportText(a);
    const file = accepted(await checkBackup(a, text)).file;

    const b = device('b');
    await rate(b, 'act-009', T0 + 3 * DAY, 1);
    await b.settings.save({ persistenceRequestedAt: 123, newCardsPerDay: 5 });
    const check = accepted(await checkBackup(b, text));
    expect(check.summary.comparison).toBe('older');
    await restoreBackup(b, check.file, 'replace');
    expect((await b.progress.all()).map((m) => m.cardId).sort()).toEqual(['act-001', 'act-002']);
    expect(await b.settings.load()).toMatchObject({
      newCardsPerDay: 35, theme: 'dark', persistenceRequestedAt: 123, lastBackupAt: file.exportedAt, ratingsAtLastBackup: 3,
    });
  });
});

describe('what this device last studied of each deck ("What changed")', () => {
  it('stays out of a backup, and stays here through "replace"', async () => {
    const seenDecks = { actors: { hash: 'h1', cards: { 'act-001': 'a' }, shown: 'h1' } };
    const a = await busyDevice();
    await a.settings.save({ seenDecks });
    const text = (await exportText(a));
    expect(text).not.toContain('seenDecks');

    const b = device('b');
    b.clock.set(T0 + 3 * DAY);
    const here = { actors: { hash: 'h2', cards: { 'act-002': 'b' } } };
    await b.settings.save({ seenDecks: here });
    await restoreBackup(b, accepted(await checkBackup(b, text)).file, 'replace');
    expect((await b.settings.load()).seenDecks).toEqual(here);
  });
});

describe('restoring with "merge"', () => {
  it('unites the logs by review id and rebuilds each card from the merged log, as rating it directly would', async () => {
    // The other device: act-001 at T0 and T0+2d, act-003 at T0+1h.
    const there = device('there');
    await rate(there, 'act-001', T0, 3);
    await rate(there, 'act-003', T0 + 3_600_000, 4);
    await rate(there, 'act-001', T0 + 2 * DAY, 3);
    const text = (await exportText(there));
    const theirAct003 = await there.progress.memory('act-003');

    // This device: act-002 at T0, act-001 at T0+1d (forgotten), other settings.
    const here = device('here');
    await rate(here, 'act-002', T0, 4);
    await rate(here, 'act-001', T0 + DAY, 1);
    await here.settings.save({ newCardsPerDay: 7 });
    const ourAct002 = await here.progress.memory('act-002');

    here.clock.set(T0 + 3 * DAY);
    const check = accepted(await checkBackup(here, text));
    expect(check.summary.comparison).toBe('newer');
    const report = await restoreBackup(here, check.file, 'merge');
    expect(report).toMatchObject({ mode: 'merge', reviews: 5, cards: 3, addedReviews: 3, rebuiltCards: 1 });

    expect((await here.progress.reviewsSince(0)).map((r) => r.id).sort()).toEqual(['here-1', 'here-2', 'there-1', 'there-2', 'there-3']);
    const direct = createScheduler({ desiredRetention: 0.9, fuzz: false });
    let expected;
    for (const [time, grade] of [[T0, 3], [T0 + DAY, 1], [T0 + 2 * DAY, 3]] as const) expected = direct.rate(expected, 'act-001', time, grade).after;
    expect(await here.progress.memory('act-001')).toEqual(expected);
    expect(await here.progress.memory('act-002')).toEqual(ourAct002);
    expect(await here.progress.memory('act-003')).toEqual(theirAct003);
    expect((await here.settings.load()).newCardsPerDay).toBe(7);

    // Merging the same file again changes nothing.
    const once = await dump(here.database);
    await restoreBackup(here, accepted(await checkBackup(here, text)).file, 'merge');
    expect((await dump(here.database)).bytes).toBe(once.bytes);
  });

  it('takes a card only the file rated as its ratings make it, not as the file says', async () => {
    const there = device('there');
    await rate(there, 'act-003', T0, 3);
    await rate(there, 'act-003', T0 + DAY, 3);
    const honest = await there.progress.memory('act-003');
    const file = JSON.parse((await exportText(there)));
    // The file claims the card is mastered for years, in its memory and in its last rating's record.
    const forged = { reps: 40, due: T0 + 3000 * DAY, stability: 3000, scheduledDays: 3000, state: 2 };
    Object.assign(file.data.memories[0], forged);
    Object.assign(file.data.reviews[1].after, forged);
    file.checksum = await checksumOf(file, sha256);

    const here = device('here');
    here.clock.set(T0 + 2 * DAY);
    const check = accepted(await checkBackup(here, JSON.stringify(file)));
    expect(check.summary.recomputed).toBe(1);
    await restoreBackup(here, check.file, 'merge');
    expect(await here.progress.memory('act-003')).toEqual(honest);
    expect((await here.progress.reviewsOf('act-003')).map((r) => r.after)).toEqual((await there.progress.reviewsOf('act-003')).map((r) => r.after));
  });
});

describe('restoring a file whose schedules do not follow from its ratings', () => {
  it('restores the schedules its ratings make, and says how many cards that changed', async () => {
    const source = await busyDevice('src');
    const honest = await source.progress.all();
    const file = JSON.parse((await exportText(source)));
    file.data.memories[0].due = file.data.memories[0].lastReview + 2000 * DAY;
    file.checksum = await checksumOf(file, sha256);
    const here = device('here');
    here.clock.set(T0 + 2 * DAY);
    const check = accepted(await checkBackup(here, JSON.stringify(file)));
    expect(check.summary.recomputed).toBe(1);
    await restoreBackup(here, check.file, 'replace');
    expect(await here.progress.all()).toEqual(honest);
    // An honest file has nothing to recompute.
    expect(accepted(await checkBackup(here, (await exportText(source)))).summary.recomputed).toBe(0);
  });
});

describe('a refused backup changes nothing', () => {
  async function spoil(edit: (file: Record<string, any>) => void, resign = true): Promise<string> {
    const source = await busyDevice('src');
    const file = JSON.parse((await exportText(source)));
    edit(file);
    if (resign) file.checksum = await checksumOf(file, sha256);
    return JSON.stringify(file);
  }

  const cases: [string, () => Promise<string>, RegExp, string | undefined][] = [
    ['not JSON', async () => 'term,definition\nBaku,capital of Azerbaijan\n', /not JSON/, 'The file begins with "term,definition\\nBaku,capital o"….'],
    ['another format', () => spoil((f) => { f.format = 'anki'; }), /not a Faultlines backup/, 'format must be "faultlines-backup", found "anki"'],
    ['a future version', () => spoil((f) => { f.version = 2; }), /made by a newer version of Faultlines/, undefined],
    ['truncated JSON', async () => { const t = await spoil(() => undefined); return t.slice(0, Math.floor(t.length / 2)); }, /incomplete/, undefined],
    ['a checksum mismatch', () => spoil((f) => { f.data.reviews[0].grade = 1; }, false), /changed or damaged after it was exported/,
      'checksum does not match the contents: the file was changed or damaged after it was exported'],
    ['one bad field deep inside', () => spoil((f) => { f.data.reviews[2].after.due = 'soon'; }), /has 1 problem/,
      'data.reviews[2].after.due must be a time from 1 January 2020 to 100 years after the backup was made, found "soon"'],
    // Correctly signed, and still impossible or hostile:
    ['a rating at a time no Date can hold', () => spoil((f) => { f.data.reviews[0].time = 1e20; }), /has 1 problem/,
      'data.reviews[0].time must be a time from 1 January 2020 to when the backup was made (6 May 2026, 09:00 UTC), found 100000000000000000000'],
    ['a rating a year after the file was made', () => spoil((f) => { f.data.reviews[0].time = f.exportedAt + 365 * DAY; }), /has 1 problem/,
      'data.reviews[0].time must be a time from 1 January 2020 to when the backup was made (6 May 2026, 09:00 UTC), found 1809594000000 (6 May 2027, 09:00 UTC)'],
    ['a count of 1e300', () => spoil((f) => { f.data.memories[0].reps = 1e300; }), /has 1 problem/,
      'data.memories[0].reps must be a whole number from 0 to 100,000, found 1e+300'],
    ['a memory with no rating at all', () => spoil((f) => { f.data.memories.push({ ...f.data.memories[0], cardId: 'act-009' }); }), /has 1 problem/,
      'data.memories[2] is the memory of card "act-009", which has no rating in the review log; a card\'s memory is only ever made by rating it'],
    ['ratings of a card no deck has', () => spoil((f) => { f.data.reviews[1].cardId = 'zzz-001'; f.data.reviews[1].after.cardId = 'zzz-001'; }), /has 2 problems/,
      'data.reviews[1].cardId is "zzz-001", a card no deck has: not one of the decks this version of Faultlines ships, nor of the decks imported in the file'],
    ['an imported deck with a shipped deck\'s id', () => spoil((f) => { f.data.importedDecks[0].id = 'actors'; }), /has 1 problem/,
      'data.importedDecks[0].id is "actors", the id of a deck Faultlines ships; an imported deck\'s id is "custom-" and 2 to 6 lower-case letters, like "custom-abcde"'],
    ['a javascript: source link', () => spoil((f) => {
      f.data.importedDecks[0].cards[0].source = { type: 'background', date: '2026-01-01', citation: 'c', url: 'javascript:alert(1)' };
    }), /has 1 problem/, 'data.importedDecks[0].cards[0].source.url must be a web address starting https:// or http://, found "javascript:alert(1)"'],
    ['a file nested 100,000 levels deep', async () => `{"format":"faultlines-backup","version":1,"data":{"reviews":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`,
      /^This is not a Faultlines backup: it is nested far too deeply\.$/,
      'It nests lists or objects inside one another more than 32 levels deep (at data.reviews[0][0][0][0]…); a Faultlines backup goes about a dozen levels deep.'],
  ];

  for (const [what, make, reason, problem] of cases) {
    it(`refuses ${what}, says why and where, and leaves the database byte for byte the same`, async () => {
      const text = await make();
      const here = await busyDevice('here');
      const before = await dump(here.database);
      const check = await checkBackup(here, text);
      expect(check.ok).toBe(false);
      if (check.ok) return;
      expect(check.reason).toMatch(reason);
      if (problem) expect(check.problems[0]).toBe(problem);
      const after = await dump(here.database);
      expect(after.bytes).toBe(before.bytes);
      expect(after.structured).toStrictEqual(before.structured);
    });
  }

  it('calls a file cut off anywhere incomplete, not foreign', async () => {
    const services = await busyDevice();
    const text = (await exportText(services));
    for (let cut = 1; cut < text.trimEnd().length; cut += 37) {
      const check = await checkBackup(services, text.slice(0, cut));
      expect(check.ok ? 'accepted' : check.reason, `cut after ${cut} characters`).toMatch(/incomplete/);
    }
  });

  it('rolls the whole write back when any record fails to store', async () => {
    const here = await busyDevice();
    const before = await dump(here.database);
    // A review without its key cannot be stored: the clearing already done must be undone too.
    await expect(backupRepository(here.database).rewrite((data) => ({ ...data, reviews: [{ ...data.reviews[0]!, id: undefined as never }] })))
      .rejects.toThrow();
    expect((await dump(here.database)).bytes).toBe(before.bytes);
  });
});

describe('the backup reminder', () => {
  async function rateMany(services: TestServices, n: number) {
    const scheduler = createScheduler({ desiredRetention: 0.9, fuzz: false });
    const start = await services.progress.reviewCount();
    for (let i = start; i < start + n; i++) {
      const cardId = ids(10)[i % 10]!;
      await services.progress.record(planRating(scheduler, { id: `r-${i}`, cardId, time: T0 + i * 60_000, grade: 3, source: 'study' }));
    }
  }

  it('appears at 200 ratings, and not after "Not now" or a backup, until 200 more', async () => {
    const services = device('a');
    await rateMany(services, 199);
    expect(await loadBackupReminder(services)).toMatchObject({ due: false, ratingsSinceBackup: 199 });
    await rateMany(services, 1);
    expect(await loadBackupReminder(services)).toMatchObject({ due: true, ratingsSinceBackup: 200 });

    await dismissBackupReminder(services);
    expect((await loadBackupReminder(services)).due).toBe(false);
    await rateMany(services, 199);
    expect((await loadBackupReminder(services)).due).toBe(false);
    await rateMany(services, 1);
    expect(await loadBackupReminder(services)).toMatchObject({ due: true, ratingsSinceBackup: 400 });

    await exportBackup(services);
    expect(await loadBackupReminder(services)).toMatchObject({ due: false, ratingsSinceBackup: 0, lastBackupAt: T0 });
    await rateMany(services, 200);
    expect((await loadBackupReminder(services)).due).toBe(true);
  });
});
