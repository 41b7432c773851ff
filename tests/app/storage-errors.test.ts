import { describe, expect, it } from 'vitest';
import { ATTEMPTS, explainError } from '../../src/app/storage-errors';
import { toStorageProblem } from '../../src/storage';

describe('explaining a failure to the learner', () => {
  it('tells storage trouble about the attempt, with the engine text kept apart', () => {
    const explained = explainError(toStorageProblem(new DOMException('', 'QuotaExceededError'), 'use'), ATTEMPTS.importDeck);
    expect(explained.storage).toBe('quota');
    expect(explained.message).toContain('so the deck could not be imported');
    expect(explained.message).toContain('then import it again');
    expect(explained.detail).toBe('QuotaExceededError: (no message)');
  });

  it('shows our own errors by their message', () => {
    expect(explainError(new Error('There is no such class on this device.'))).toEqual({ message: 'There is no such class on this device.' });
  });

  it('never gives an empty message, even for an error that has none', () => {
    const explained = explainError(new DOMException('', 'DataError'));
    expect(explained.message).toBe('Something went wrong. Reload the page and try again.');
    expect(explained.detail).toBe('DataError');
  });
});
