import { describe, expect, it } from 'vitest';
import { collectProblems, fieldsOf, repeats, sameText, show, stringItem } from '../../src/domain/validation';
import { GRADE } from '../../src/domain/trust';

describe('the field-checking toolkit', () => {
  it('names the path and the problem in plain words, and returns the good values', () => {
    const { problems, report } = collectProblems();
    const f = fieldsOf({ id: 'r1', grade: 7, when: '2026-13-1', tags: ['a', 3], done: 'yes' }, 'data.reviews[2]', report, 'a review (an object)');
    expect(f?.text('id')).toBe('r1');
    expect(f?.number('grade', GRADE)).toBeUndefined();
    expect(f?.date('when')).toBeUndefined();
    expect(f?.list('tags', stringItem(report))).toEqual(['a', 3]);
    expect(f?.boolean('done')).toBeUndefined();
    expect(f?.oneOf('source', ['study', 'quiz'])).toBeUndefined();
    expect(f?.boolean('suspended', true)).toBeUndefined();
    expect(problems).toEqual([
      { path: 'data.reviews[2].grade', message: 'must be 1–4, found 7' },
      { path: 'data.reviews[2].when', message: 'must be a date written YYYY-MM-DD, found "2026-13-1"' },
      { path: 'data.reviews[2].tags[1]', message: 'must be a string, found 3' },
      { path: 'data.reviews[2].done', message: 'must be true or false, found "yes"' },
      { path: 'data.reviews[2].source', message: 'is missing' },
    ]);
  });

  it('says what it found when a record is not an object, and paths start at the top without a dot', () => {
    const { problems, report } = collectProblems();
    expect(fieldsOf([1], 'data.settings', report, 'the settings (an object)')).toBeUndefined();
    fieldsOf({}, '', report, 'a document')?.number('grade', GRADE);
    expect(problems).toEqual([
      { path: 'data.settings', message: 'must be the settings (an object), found a list' },
      { path: 'grade', message: 'is missing' },
    ]);
  });

  it('shows a long text cut short, and finds repeats regardless of case and spaces', () => {
    expect(show('x'.repeat(100))).toBe(`"${'x'.repeat(36)}…"`);
    expect(show(undefined)).toBe('nothing');
    expect(repeats(['Baku', 'Tehran', ' baku ', 'TEHRAN'], sameText)).toEqual([2, 3]);
  });
});
