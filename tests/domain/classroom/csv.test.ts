import { describe, expect, it } from 'vitest';
import { classCsv, csvField, summariseClass, toCsv } from '../../../src/domain/classroom/index.ts';
import { SMALL_QUIZ } from './helpers.ts';

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Lee, Ana')).toBe('"Lee, Ana"');
    expect(csvField('the "Ace"')).toBe('"the ""Ace"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(3)).toBe('3');
    expect(toCsv([['a', 'b'], ['c,d', 1]])).toBe('a,b\r\n"c,d",1\r\n');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('Ana-Lee')).toBe('Ana-Lee');
    expect(csvField('a=b')).toBe('a=b');
  });

  it('writes one row per student with right/wrong per question', () => {
    const summary = summariseClass(SMALL_QUIZ, [
      { name: 'Lee, Ana', responses: [2, true, [3, 0, 1, 2], [0, 1, 1, 0]] },
      { name: '=cmd|calc', responses: [1, true] },
    ]);
    expect(classCsv(summary, SMALL_QUIZ).split('\r\n')).toEqual([
      'Name,Score,Out of,Q1: Who chairs ECO?,Q2: Baku buys Israeli arms.,Q3: Match each question to its answer.,Q4: Which side?',
      '"Lee, Ana",4,4,right,right,right,right',
      "'=cmd|calc,1,4,wrong,right,unanswered,unanswered",
      '',
    ]);
  });

  it('refuses a summary of another quiz', () => {
    const summary = summariseClass({ ...SMALL_QUIZ, questions: SMALL_QUIZ.questions.slice(0, 2) }, []);
    expect(() => classCsv(summary, SMALL_QUIZ)).toThrow('2 questions');
  });
});
