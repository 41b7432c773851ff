import { describe, expect, it } from 'vitest';
import { checkClassSession, checkImportedDeck, checkQuizResult } from '../../../src/domain/backup/records';
import { readIncoming, type IncomingContext } from '../../../src/domain/sync/validate';

const NOW = Date.UTC(2026, 5, 1, 12, 0);
const context: IncomingContext = {
  now: NOW,
  records: { deck: checkImportedDeck, quiz: checkQuizResult, classSession: checkClassSession },
  deckOfCard: (id) => (['act-001', 'act-002'].includes(id) ? 'actors' : id === 'abcde-0001' ? 'custom-abcde' : undefined),
  isShippedDeck: (id) => id === 'actors',
  shipped: { deckIds: new Set(['actors']), cardIds: new Set(['act-001', 'act-002']) },
};
const read = (doc: unknown) => readIncoming(doc, context);
const reason = (doc: unknown) => {
  const result = read(doc);
  if (result.ok !== false) throw new Error(`expected a refusal, got ${JSON.stringify(result)}`);
  return result.refusal;
};
const rating = { _id: 'review:r-1', _rev: '1-a', v: 1, cardId: 'act-001', time: NOW - 60_000, grade: 3, source: 'study' };
const deck = {
  id: 'custom-abcde', title: 'Mine', topic: 'custom', version: 1, intro: '', talkingPoints: [],
  cards: [{ id: 'abcde-0001', kind: 'basic', prompt: 'P', answer: 'A', explanation: '', tags: [], source: { type: 'imported', file: 'x.csv', date: '2026-05-01' } }],
};

describe('checking what the server sends', () => {
  it('accepts a rating and an undo of known cards, and a setting in range', () => {
    expect(read(rating)).toEqual({ ok: true, doc: { kind: 'review', id: 'review:r-1', rev: '1-a', review: { id: 'r-1', cardId: 'act-001', time: NOW - 60_000, grade: 3, source: 'study' } } });
    expect(read({ _id: 'undo:r-1', _rev: '1-b', v: 1, cardId: 'act-001', time: NOW - 60_000 })).toMatchObject({ ok: true, doc: { kind: 'undo', undo: { reviewId: 'r-1' } } });
    expect(read({ _id: 'setting:newCardsPerDay', _rev: '2-c', v: 1, value: 12, updatedAt: NOW, device: 'dev-1' })).toMatchObject({ ok: true, doc: { name: 'newCardsPerDay', stamp: { value: 12 } } });
    expect(read({ _id: 'deck:custom-abcde', _rev: '1-d', v: 1, deck })).toMatchObject({ ok: true, doc: { kind: 'deck' } });
  });

  it('refuses a bad rating with its id and the reason in words', () => {
    expect(reason({ ...rating, grade: 9 })).toEqual({ id: 'review:r-1', reason: 'grade must be 1–4, found 9' });
    expect(reason({ ...rating, cardId: 'xyz-999' }).reason).toBe('cardId is "xyz-999", a card this device does not have');
    expect(reason({ ...rating, cardId: '<script>' }).reason).toBe('cardId must be a card id like "act-007", found "<script>"');
    expect(reason({ ...rating, source: 'hack' }).reason).toBe('source must be one of study, quiz, briefing, found "hack"');
    expect(reason({ ...rating, time: 'soon' }).reason).toBe('time must be a time (epoch milliseconds since 2020), found "soon"');
    expect(reason({ ...rating, grade: 0, source: 'x' }).reason).toMatch(/^grade must be 1–4, found 0 \(and 1 more problem\)$/);
  });

  it('refuses times in the future beyond a little clock skew, and accepts that skew', () => {
    expect(read({ ...rating, time: NOW + 5 * 60_000 }).ok).toBe(true);
    expect(reason({ ...rating, time: NOW + 24 * 3_600_000 }).reason).toBe(`time is ${new Date(NOW + 24 * 3_600_000).toISOString()}, later than now on this device`);
    expect(reason({ ...rating, time: 5 }).reason).toMatch(/^time must be a time/);
  });

  it('refuses documents that are not ours, of a newer format, or without a revision', () => {
    expect(reason({ _id: 'hello', _rev: '1-a', v: 1 }).reason).toMatch(/not a kind of document Faultlines syncs/);
    expect(reason({ ...rating, v: 2 }).reason).toMatch(/newer version of Faultlines/);
    expect(reason({ ...rating, v: undefined }).reason).toBe('its format v must be 1, found nothing');
    expect(reason({ ...rating, _rev: undefined }).reason).toBe('it has no revision (_rev)');
    expect(reason('garbage')).toEqual({ id: '(a document without an id)', reason: 'it is "garbage", not a document' });
    expect(reason({ ...rating, _id: 'review:a b' }).reason).toMatch(/letters, digits/);
  });

  it('skips design documents and deletions: the log only shrinks by undo documents', () => {
    expect(read({ _id: '_design/app', _rev: '1-a', views: {} })).toEqual({ ok: 'skip' });
    expect(read({ _id: 'review:r-1', _rev: '2-a', _deleted: true })).toEqual({ ok: 'skip' });
  });

  it('refuses settings out of range and names it', () => {
    expect(reason({ _id: 'setting:desiredRetention', _rev: '1-a', v: 1, value: 0.2, updatedAt: NOW, device: 'd' }).reason)
      .toBe('value must be a number from 0.8 to 0.97, found 0.2');
    expect(reason({ _id: 'setting:theme', _rev: '1-a', v: 1, value: 'neon', updatedAt: NOW, device: 'd' }).reason).toMatch(/one of system, light, dark/);
    expect(reason({ _id: 'setting:lastBackupAt', _rev: '1-a', v: 1, value: 1, updatedAt: NOW, device: 'd' }).reason).toBe('"lastBackupAt" is not a setting Faultlines syncs');
  });

  it('checks decks, quiz results and class sessions with the backup\'s own record checks', () => {
    expect(reason({ _id: 'deck:custom-abcde', _rev: '1-a', v: 1, deck: { ...deck, cards: [{ ...deck.cards[0], prompt: '' }] } }).reason)
      .toBe('deck.cards[0].prompt must be a non-empty string, found ""');
    expect(reason({ _id: 'deck:custom-other', _rev: '1-a', v: 1, deck: { ...deck, id: 'custom-other' } }).reason)
      // The imported namespace already refuses another deck's card ids (domain/trust.ts) — and the
      // sync check still names whose card it is.
      .toMatch(/^deck\.cards\[0\]\.id must be "other-" and four digits, like "other-0001" .*found "abcde-0001" \(and 1 more problem\)$/);
    expect(reason({ _id: 'deck:actors', _rev: '1-a', v: 1, deck: { ...deck, id: 'actors' } }).reason).toMatch(/would replace the shipped deck "actors"/);
    expect(reason({ _id: 'quiz:q1', _rev: '1-a', v: 1, result: { id: 'q2' } }).reason).toMatch(/^result\.mode/);
    expect(reason({ _id: 'class:c1', _rev: '1-a', v: 1 }).reason).toBe('session is missing');
  });
});
