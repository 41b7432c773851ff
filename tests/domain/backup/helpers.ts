/** A small, valid backup built by hand, signed with Node's SHA-256 (the app uses Web Crypto). */
import { createHash } from 'node:crypto';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile, type ShippedIds } from '../../../src/domain/backup/format';
import { checksumOf, type Digest } from '../../../src/domain/backup/validate';
import { createScheduler } from '../../../src/domain/scheduler';
import type { CardMemory, Grade } from '../../../src/domain/memory';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import type { ReviewRecord } from '../../../src/domain/records';
import { DB_VERSION, type BackupData } from '../../../src/storage';

export const digest: Digest = (text) => Promise.resolve(createHash('sha256').update(text).digest('hex'));

export const T0 = Date.UTC(2026, 10, 1, 9, 0);
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** When the test restores: a day after sampleData's file was made. */
export const NOW = T0 + 3 * DAY;

/** What the tests' Faultlines ships: the actors deck's act-001 to act-020 (retired ones among them) and cor-001. */
export const SHIPPED: ShippedIds = {
  deckIds: new Set(['actors', 'corridors']),
  cardIds: new Set([...Array.from({ length: 20 }, (_, i) => `act-${String(i + 1).padStart(3, '0')}`), 'cor-001']),
};

const scheduler = createScheduler({ desiredRetention: 0.9, fuzz: false });

/** Rates cards one after another as study does, returning the log rows and the memories they leave. */
export function rateAll(ratings: { id: string; cardId: string; time: number; grade: Grade }[], start: CardMemory[] = []) {
  const memories = new Map(start.map((m) => [m.cardId, m]));
  const reviews: ReviewRecord[] = [];
  for (const { id, cardId, time, grade } of ratings) {
    const before = memories.get(cardId);
    const { after } = scheduler.rate(before, cardId, time, grade);
    reviews.push({ id, cardId, time, grade, source: 'study', after, ...(before ? { before } : {}) });
    memories.set(cardId, after);
  }
  return { reviews, memories: [...memories.values()] };
}

export function sampleData(): BackupData {
  const { reviews, memories } = rateAll([
    { id: 'r1', cardId: 'act-001', time: T0, grade: 3 },
    { id: 'r2', cardId: 'act-002', time: T0 + HOUR, grade: 4 },
    { id: 'r3', cardId: 'act-001', time: T0 + DAY, grade: 3 },
  ]);
  return {
    memories,
    reviews,
    quizResults: [{
      id: 'quiz-1', mode: 'quiz', deckIds: ['actors'], topics: ['actors'], seed: 's', questionCount: 1, practice: false,
      startedAt: T0, finishedAt: T0 + 60_000,
      answers: [{ questionId: 'choice:act-001', correct: true, cardIds: ['act-001'], missedCardIds: [], answeredAt: T0 + 30_000 }],
    }],
    settings: { ...DEFAULT_SETTINGS, newCardsPerDay: 35 },
    classSessions: [{
      id: 'class-1', spec: { v: 1, title: 'Monday', decks: [{ id: 'actors', version: 1 }], seed: 'x', count: 10, secondsPerQuestion: 30 }, title: 'Monday', createdAt: T0,
      students: [{ name: 'Ana', code: 'FL1-abc', responses: [0, null], addedAt: T0 + HOUR }],
    }],
    importedDecks: [{
      id: 'custom-abcde', title: 'Mine', topic: 'custom', version: 1, intro: 'Your own cards.', talkingPoints: [],
      cards: [{ id: 'abcde-0001', kind: 'basic', prompt: 'P', answer: 'A', explanation: '', tags: [], source: { type: 'imported', file: 'x.csv', date: '2026-11-01' } }],
    }],
  };
}

export async function signed(data: unknown, overrides: Record<string, unknown> = {}): Promise<BackupFile<BackupData>> {
  const unsigned = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: T0 + 2 * DAY, app: { dbVersion: DB_VERSION }, data, ...overrides };
  return { ...unsigned, checksum: await checksumOf(unsigned, digest) } as BackupFile<BackupData>;
}
