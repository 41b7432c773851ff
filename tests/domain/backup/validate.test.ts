import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/domain/canonical-json';
import { signedText } from '../../../src/domain/backup/canonical';
import { formatProblem } from '../../../src/domain/backup/format';
import { validateBackup } from '../../../src/domain/backup/validate';
import { BACKUP_STORES } from '../../../src/storage';
import { digest, NOW, sampleData, SHIPPED, signed } from './helpers';

const validate = (raw: unknown) => validateBackup(raw, BACKUP_STORES, digest, { now: NOW, shipped: SHIPPED });
const problemsOf = async (raw: unknown) => {
  const result = await validate(raw);
  if (result.ok) throw new Error('expected a refusal');
  return { reason: result.reason, problems: result.problems.map(formatProblem), more: result.more };
};
/** A copy to spoil, through JSON as a file is: no two records share an object. */
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('the canonical serialisation', () => {
  it('does not depend on key order or undefined fields, and signs everything but the checksum', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined, e: 'x' }] })).toBe('{"a":[{"d":2,"e":"x"}],"b":1}');
    expect(signedText({ checksum: 'sha256:…', z: 1, a: 2 })).toBe('{"a":2,"z":1}');
  });
});

describe('validating a backup', () => {
  it('accepts a good file and returns its data', async () => {
    const file = await signed(sampleData());
    const result = await validate(JSON.parse(JSON.stringify(file)));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.file.data).toEqual(file.data);
  });

  it('restores a file made before a store existed (an optional store) with none of it', async () => {
    const { importedDecks: _, classSessions: __, ...older } = sampleData();
    const result = await validate(await signed(older));
    expect(result.ok && [result.file.data.importedDecks, result.file.data.classSessions]).toEqual([[], []]);
  });

  it('restores a file whose memories have elapsed days (saved before they were dropped), and checks them', async () => {
    const data = sampleData();
    expect(data.memories.some((m) => 'elapsedDays' in m)).toBe(false);
    const older = copy(data);
    for (const memory of [...older.memories, ...older.reviews.flatMap((r) => (r.before ? [r.before, r.after] : [r.after]))]) memory.elapsedDays = 2;
    const result = await validate(await signed(older));
    expect(result.ok && (result.file.data as typeof older).memories.map((m) => m.elapsedDays)).toEqual(older.memories.map(() => 2));
    older.memories[0]!.elapsedDays = -1;
    expect((await problemsOf(await signed(older))).problems).toEqual(['data.memories[0].elapsedDays must be a whole number from 0 to 36,500 (days), found -1']);
  });

  it('refuses what is not a backup: not an object, another format', async () => {
    expect((await problemsOf([1, 2])).reason).toMatch(/not a Faultlines backup/);
    const other = await problemsOf({ format: 'anki-export', version: 1 });
    expect(other.reason).toMatch(/not a Faultlines backup/);
    expect(other.problems).toEqual(['format must be "faultlines-backup", found "anki-export"']);
  });

  it('refuses a future format version as made by a newer version of Faultlines', async () => {
    const { reason, problems } = await problemsOf(await signed(sampleData(), { version: 2 }));
    expect(reason).toMatch(/made by a newer version of Faultlines/);
    expect(problems[0]).toMatch(/^version is 2; this version of Faultlines reads backups up to version 1/);
    expect((await problemsOf(await signed(sampleData(), { version: '1' }))).problems).toEqual(['version must be a whole number, 1 or more, found "1"']);
  });

  it('names one bad field deep inside with its path', async () => {
    const data = sampleData();
    (data.reviews[2] as unknown as Record<string, unknown>).grade = 7;
    const { problems } = await problemsOf(await signed(data));
    expect(problems).toEqual(['data.reviews[2].grade must be 1–4, found 7']);
  });

  it('reports every problem at once, each with its path, and counts those beyond the limit', async () => {
    type Loose = Record<string, any>;
    const data = copy(sampleData()) as unknown as Record<'reviews' | 'memories' | 'quizResults' | 'importedDecks', Loose[]> & { settings: Loose };
    data.reviews[0]!.after.stability = 'high';
    delete data.reviews[1]!.time;
    data.memories[0]!.cardId = 'ACT 1';
    data.quizResults[0]!.answers[0].cardIds = ['act-001', 42];
    data.settings.theme = 'neon';
    data.importedDecks[0]!.cards[0].kind = 'essay';
    const { reason, problems } = await problemsOf(await signed(data));
    expect(reason).toBe('This backup has 6 problems.');
    expect(problems).toEqual([
      'data.memories[0].cardId must be a card id like "act-007", found "ACT 1"',
      'data.reviews[0].after.stability must be a number of days above 0 and at most 36,500, found "high"',
      'data.reviews[1].time is missing',
      'data.quizResults[0].answers[0].cardIds[1] must be a card id like "act-007", found 42',
      'data.settings.theme must be one of system, light, dark, found "neon"',
      'data.importedDecks[0].cards[0].kind must be one of basic, cloze, mcq, truefalse, perspective, order, found "essay"',
    ]);
    const many = sampleData();
    for (const r of many.reviews) (r as unknown as Record<string, unknown>).time = null;
    expect(await validateBackup(await signed(many), BACKUP_STORES, digest, { now: NOW, shipped: SHIPPED, limit: 2 })).toMatchObject({ ok: false, more: 1 });
  });

  it('checks references: a review\'s memories are of its own card, and keys do not repeat', async () => {
    const data = sampleData();
    data.reviews[1]!.after = { ...data.reviews[1]!.after, cardId: 'act-009' };
    data.reviews[2]!.id = 'r1';
    const { problems } = await problemsOf(await signed(data));
    expect(problems).toEqual([
      'data.reviews[1].after.cardId must be the review\'s own card "act-002", found "act-009"',
      'data.reviews[2].id repeats "r1", already used by data.reviews[0]',
    ]);
  });

  it('refuses a store it does not know, rather than dropping it', async () => {
    const { problems } = await problemsOf(await signed({ ...sampleData(), studyGroups: [], constructor: [] }));
    expect(problems).toEqual([
      'data.studyGroups is a store this version of Faultlines does not know; the backup may come from a newer version',
      'data.constructor is a store this version of Faultlines does not know; the backup may come from a newer version',
    ]);
  });

  it('refuses a file changed after export (checksum mismatch), and says so first', async () => {
    const file = copy(await signed(sampleData()));
    file.data.reviews[0]!.grade = 4;
    const { reason, problems } = await problemsOf(file);
    expect(reason).toMatch(/changed or damaged after it was exported/);
    expect(problems).toEqual(['checksum does not match the contents: the file was changed or damaged after it was exported']);
    const spoilt = copy(file) as unknown as { data: { reviews: Record<string, unknown>[] } };
    spoilt.data.reviews[0]!.grade = 9;
    expect((await problemsOf(spoilt)).problems).toEqual([
      'checksum does not match the contents: the file was changed or damaged after it was exported',
      'data.reviews[0].grade must be 1–4, found 9',
    ]);
  });

  it('refuses a missing or malformed envelope field', async () => {
    const { problems } = await problemsOf({ ...(await signed(sampleData())), exportedAt: 'yesterday', checksum: 'md5:abc', app: {} });
    expect(problems).toEqual([
      'exportedAt must be a time from 1 January 2020 to now (4 November 2026, 09:00 UTC by this device\'s clock), found "yesterday"',
      'app.dbVersion must be a whole number, 1 or more, found nothing',
      'checksum must be "sha256:" and 64 hex digits, found "md5:abc"',
    ]);
  });
});
