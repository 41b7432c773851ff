/**
 * A backup whose checksum is right can still carry impossible or hostile data: the checksum proves
 * the file was not changed by accident, not that its content is sane. Every file here is correctly
 * signed, and each is refused with a message that names the record and says what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/domain/backup/format';
import { validateBackup } from '../../../src/domain/backup/validate';
import { BACKUP_STORES, type BackupData } from '../../../src/storage';
import { DAY, digest, NOW, sampleData, SHIPPED, signed, T0 } from './helpers';

type Loose = Record<string, any>;
/** sampleData as a file would hold it, to spoil by hand. */
const data = () => JSON.parse(JSON.stringify(sampleData())) as Record<'memories' | 'reviews' | 'quizResults' | 'importedDecks' | 'classSessions', Loose[]> & { settings: Loose };

async function refusal(spoilt: unknown, overrides: Record<string, unknown> = {}) {
  const result = await validateBackup(await signed(spoilt, overrides), BACKUP_STORES, digest, { now: NOW, shipped: SHIPPED });
  if (result.ok) throw new Error('expected the file to be refused');
  return { reason: result.reason, problems: result.problems.map(formatProblem) };
}
const accepted = async (d: unknown) => (await validateBackup(await signed(d), BACKUP_STORES, digest, { now: NOW, shipped: SHIPPED })).ok;

// sampleData's file is made at T0 + 2 days: 3 November 2026, 09:00 UTC.
const MADE = 'when the backup was made (3 November 2026, 09:00 UTC)';

describe('times', () => {
  it('refuses a time a JavaScript Date cannot hold (a merge of it left a card with no due date)', async () => {
    const d = data();
    d.reviews[0]!.time = 1e20;
    d.memories[0]!.due = -9e15;
    expect((await refusal(d)).problems).toEqual([
      'data.memories[0].due must be a time from 1 January 2020 to 100 years after the backup was made, found -9000000000000000',
      `data.reviews[0].time must be a time from 1 January 2020 to ${MADE}, found 100000000000000000000`,
    ]);
  });

  it('refuses ratings after the file was made, and a file made in the future', async () => {
    const d = data();
    d.reviews[2]!.time = T0 + 365 * DAY;
    expect((await refusal(d)).problems).toEqual([
      `data.reviews[2].time must be a time from 1 January 2020 to ${MADE}, found 1825059600000 (1 November 2027, 09:00 UTC)`,
    ]);
    const ahead = await refusal(sampleData(), { exportedAt: NOW + 365 * DAY });
    expect(ahead.problems).toEqual([
      'exportedAt must be a time from 1 January 2020 to now (4 November 2026, 09:00 UTC by this device\'s clock), found 1825318800000 (4 November 2027, 09:00 UTC)',
    ]);
  });

  it('allows a file made a little ahead of this device\'s clock (another device\'s clock may be off)', async () => {
    const result = await validateBackup(await signed(sampleData(), { exportedAt: NOW + 3_600_000 }), BACKUP_STORES, digest, { now: NOW, shipped: SHIPPED });
    expect(result.ok).toBe(true);
  });

  it('refuses times before Faultlines existed, and times that are not whole milliseconds', async () => {
    const d = data();
    d.quizResults[0]!.startedAt = Date.UTC(2019, 11, 31);
    d.classSessions[0]!.students[0].addedAt = T0 + 0.5;
    expect((await refusal(d)).problems).toEqual([
      `data.quizResults[0].startedAt must be a time from 1 January 2020 to ${MADE}, found 1577750400000 (31 December 2019)`,
      `data.classSessions[0].students[0].addedAt must be a time from 1 January 2020 to ${MADE}, found 1793523600000.5 (1 November 2026, 09:00 UTC)`,
    ]);
  });
});

describe('numbers', () => {
  it('refuses counts no learner could reach, and FSRS numbers outside FSRS\'s ranges', async () => {
    const d = data();
    Object.assign(d.memories[0]!, { reps: 1e300, lapses: 2.5, stability: 0, difficulty: 11, learningSteps: 1e9 });
    d.reviews[0]!.after.scheduledDays = 50_000;
    d.quizResults[0]!.questionCount = 1e300;
    expect((await refusal(d)).problems).toEqual([
      'data.memories[0].stability must be a number of days above 0 and at most 36,500, found 0',
      'data.memories[0].difficulty must be a number from 1 to 10, found 11',
      'data.memories[0].learningSteps must be a whole number from 0 to 20, found 1000000000',
      'data.memories[0].reps must be a whole number from 0 to 100,000, found 1e+300',
      'data.memories[0].lapses must be a whole number from 0 to 100,000, found 2.5',
      'data.reviews[0].after.scheduledDays must be a whole number from 0 to 36,500 (days), found 50000',
      'data.quizResults[0].questionCount must be a whole number from 0 to 10,000, found 1e+300',
    ]);
  });

  it('refuses settings outside what the Settings screen offers (a retention FSRS would refuse to replay with)', async () => {
    const d = data();
    Object.assign(d.settings, { desiredRetention: 5, newCardsPerDay: 1e300, maxReviewsPerDay: -1 });
    expect((await refusal(d)).problems).toEqual([
      'data.settings.desiredRetention must be a number from 0.8 to 0.97, found 5',
      'data.settings.newCardsPerDay must be a whole number from 0 to 200, found 1e+300',
      'data.settings.maxReviewsPerDay must be a whole number from 10 to 9999, found -1',
    ]);
  });
});

describe('memories and the log', () => {
  it('refuses a memory whose due precedes its last review, or with more lapses than ratings', async () => {
    const d = data();
    const memory = d.memories.find((m) => m.cardId === 'act-001')!;
    Object.assign(memory, { due: memory.lastReview - DAY, lapses: memory.reps + 3 });
    const i = d.memories.indexOf(memory);
    expect((await refusal(d)).problems).toEqual([
      `data.memories[${i}].due must not be before the card's last review (2 November 2026, 09:00 UTC), found 1793523600000 (1 November 2026, 09:00 UTC)`,
      `data.memories[${i}].lapses must not be more than the card's ratings (reps 2), found 5`,
    ]);
  });

  it('refuses a memory with no rating at all in the log', async () => {
    const d = data();
    d.memories.push({ ...d.memories[0], cardId: 'act-009' });
    expect((await refusal(d)).problems).toEqual([
      'data.memories[2] is the memory of card "act-009", which has no rating in the review log; a card\'s memory is only ever made by rating it',
    ]);
  });

  it('refuses ratings of a card no deck has, naming the card', async () => {
    const d = data();
    d.reviews[1]!.cardId = 'zzz-001';
    d.reviews[1]!.after.cardId = 'zzz-001';
    const { problems } = await refusal(d);
    expect(problems).toContain('data.reviews[1].cardId is "zzz-001", a card no deck has: not one of the decks this version of Faultlines ships, nor of the decks imported in the file');
  });

  it('accepts ratings of a retired shipped card and of the file\'s own imported cards', async () => {
    const d = sampleData();
    const imported = d.importedDecks[0]!.cards[0]!.id;
    d.reviews[1] = { ...d.reviews[1]!, cardId: imported, after: { ...d.reviews[1]!.after, cardId: imported } };
    d.memories[1] = { ...d.memories[1]!, cardId: imported };
    expect(await accepted(d)).toBe(true);
  });
});

describe('imported decks', () => {
  it('refuses an imported deck that takes a shipped deck\'s id', async () => {
    const d = data();
    d.importedDecks[0]!.id = 'actors';
    expect((await refusal(d)).problems).toEqual([
      'data.importedDecks[0].id is "actors", the id of a deck Faultlines ships; an imported deck\'s id is "custom-" and 2 to 6 lower-case letters, like "custom-abcde"',
    ]);
  });

  it('refuses imported deck and card ids outside the imported namespace', async () => {
    const d = data();
    const copy = () => JSON.parse(JSON.stringify(d.importedDecks[0])) as Loose;
    d.importedDecks.push({ ...copy(), id: 'mydeck' }, { ...copy(), id: 'custom-qwert' });
    d.importedDecks[0]!.cards[0].id = 'act-001';
    const { problems } = await refusal(d);
    expect(problems).toEqual([
      'data.importedDecks[0].cards[0].id must be "abcde-" and four digits, like "abcde-0001" (an imported card carries its deck\'s letters), found "act-001"',
      'data.importedDecks[1].id must be "custom-" and 2 to 6 lower-case letters, like "custom-abcde", found "mydeck"',
      'data.importedDecks[2].cards[0].id must be "qwert-" and four digits, like "qwert-0001" (an imported card carries its deck\'s letters), found "abcde-0001"',
    ]);
  });

  it('refuses a source link that is not a web address (it would be rendered as a live link)', async () => {
    const d = data();
    const background = { type: 'background', date: '2026-01-01', citation: 'Click me' };
    d.importedDecks[0]!.cards.push(
      { ...d.importedDecks[0]!.cards[0], id: 'abcde-0002', source: { ...background, url: 'javascript:alert(document.domain)' } },
      { ...d.importedDecks[0]!.cards[0], id: 'abcde-0003', source: { ...background, url: ' JavaScript:alert(1)' } },
      { ...d.importedDecks[0]!.cards[0], id: 'abcde-0004', source: { ...background, url: 'https://example.org/report' } },
    );
    expect((await refusal(d)).problems).toEqual([
      'data.importedDecks[0].cards[1].source.url must be a web address starting https:// or http://, found "javascript:alert(document.domain)"',
      'data.importedDecks[0].cards[2].source.url must be a web address starting https:// or http://, found " JavaScript:alert(1)"',
    ]);
  });

  it('refuses imported texts beyond the importer\'s limits, and unknown source types', async () => {
    const d = data();
    const card = d.importedDecks[0]!.cards[0];
    card.prompt = 'x'.repeat(1001);
    card.source = { type: 'script' };
    expect((await refusal(d)).problems).toEqual([
      'data.importedDecks[0].cards[0].prompt must be at most 1000 characters long, found 1001',
      'data.importedDecks[0].cards[0].source.type must be one of article, background, imported, found "script"',
    ]);
  });
});

describe('structure', () => {
  it('refuses a file nested 100,000 levels deep in plain words, not with the engine\'s "Maximum call stack size exceeded"', async () => {
    const depth = 100_000;
    const deep = JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as unknown;
    const d = { ...(sampleData() as BackupData), reviews: [deep] };
    const file = { format: 'faultlines-backup', version: 1, exportedAt: T0, app: { dbVersion: 4 }, checksum: `sha256:${'0'.repeat(64)}`, data: d };
    const result = await validateBackup(file, BACKUP_STORES, digest, { now: NOW, shipped: SHIPPED });
    expect(result).toMatchObject({
      ok: false,
      reason: 'This is not a Faultlines backup: it is nested far too deeply.',
      problems: [{
        path: '',
        message: 'It nests lists or objects inside one another more than 32 levels deep (at data.reviews[0][0][0][0]…); a Faultlines backup goes about a dozen levels deep.',
      }],
    });
  });
});
