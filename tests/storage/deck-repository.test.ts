import { expect, it } from 'vitest';
import { exactly, freshDatabase } from './helpers';
import { deckRepository, progressRepository } from '../../src/storage';
import { testDeck } from '../app/fixtures';
import type { CardMemory } from '../../src/domain/memory';

const memory = (cardId: string): CardMemory => ({
  cardId, due: 1, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 1, lapses: 0, state: 1,
});

it('deletes an imported deck together with its cards\' progress, and nothing else', async () => {
  const database = freshDatabase();
  const decks = deckRepository(database);
  const progress = progressRepository(database);
  await decks.save(testDeck('custom-abcde', ['abcde-0001', 'abcde-0002']));
  for (const [id, cardId] of [['r1', 'abcde-0001'], ['r2', 'abcde-0001'], ['r3', 'act-001']] as const) {
    await progress.record(exactly({ id, cardId, time: 1, grade: 3, source: 'study', after: memory(cardId) }));
  }
  await decks.delete('custom-abcde');
  expect(await decks.all()).toEqual([]);
  expect(await progress.memory('abcde-0001')).toBeUndefined();
  expect((await progress.reviewsSince(0)).map((r) => r.id)).toEqual(['r3']);
  expect(await progress.memory('act-001')).toBeDefined();
  database.close();
});
