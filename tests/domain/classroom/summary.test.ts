import { describe, expect, it } from 'vitest';
import { addStudent, decodeResultCode, encodeResultCode, summariseClass } from '../../../src/domain/classroom/index.ts';
import type { QuizResponse } from '../../../src/domain/quiz/types.ts';
import { SMALL_QUIZ } from './helpers.ts';

// SMALL_QUIZ: 1 choice (right: 2), 2 true/false (right: true), 3 matching (right: [3, 0, 1, 2]), 4 which-side (right: [0, 1, 1, 0]).
const ALL_RIGHT: QuizResponse[] = [2, true, [3, 0, 1, 2], [0, 1, 1, 0]];
const CLASS = [
  { name: 'Ana', responses: ALL_RIGHT },
  { name: 'Ben', responses: [2, false, [3, 0, 2, 1], [0, 1, 1, 0]] },
  { name: 'Cleo', responses: [1, true, null, [0, 1, 1, null]] },
  { name: 'Dara', responses: [2, true] },
];

describe('the class summary', () => {
  const summary = summariseClass(SMALL_QUIZ, CLASS);

  it('counts the students, the mean score and the score distribution', () => {
    expect(summary.students).toBe(4);
    expect(summary.questions).toBe(4);
    // Scores: Ana 4, Ben 2, Cleo 1, Dara 2.
    expect(summary.perStudent.map((s) => s.score)).toEqual([4, 2, 1, 2]);
    expect(summary.meanScore).toBe(2.25);
    expect(summary.distribution).toEqual([0, 1, 2, 0, 1]);
  });

  it('lists the questions most missed first, with prompt, explanation and share correct', () => {
    expect(summary.perQuestion.map((q) => [q.number, q.correct, q.unanswered, q.shareCorrect])).toEqual([
      [3, 1, 2, 0.25],
      [4, 2, 1, 0.5],
      [1, 3, 0, 0.75],
      [2, 3, 0, 0.75],
    ]);
    expect(summary.perQuestion[0]).toMatchObject({
      questionId: SMALL_QUIZ.questions[2]!.id, kind: 'matching', prompt: 'Match each question to its answer.', explanation: 'One.\nTwo.',
    });
  });

  it('names, for each student, the questions they missed', () => {
    expect(summary.perStudent.map((s) => [s.name, s.missed])).toEqual([['Ana', []], ['Ben', [2, 3]], ['Cleo', [1, 3, 4]], ['Dara', [3, 4]]]);
    expect(summary.perStudent[2]!.outcomes).toEqual(['wrong', 'right', 'unanswered', 'wrong']);
  });

  it('is empty but well-formed for a class with no results yet', () => {
    const empty = summariseClass(SMALL_QUIZ, []);
    expect(empty).toMatchObject({ students: 0, meanScore: 0, distribution: [0, 0, 0, 0, 0], perStudent: [] });
    expect(empty.perQuestion.map((q) => q.shareCorrect)).toEqual([0, 0, 0, 0]);
  });

  it('reads the same figures from the result codes the students bring', () => {
    const decoded = CLASS.map((s) => decodeResultCode(encodeResultCode(SMALL_QUIZ, s.name, s.responses), SMALL_QUIZ))
      .map((r) => (r.ok ? r : undefined)!);
    expect(summariseClass(SMALL_QUIZ, decoded)).toEqual(summary);
  });
});

describe('adding a student', () => {
  const entry = (name: string, responses: QuizResponse[] = ALL_RIGHT) => {
    const code = encodeResultCode(SMALL_QUIZ, name, responses);
    const decoded = decodeResultCode(code, SMALL_QUIZ);
    if (!decoded.ok) throw new Error(decoded.error);
    return decoded;
  };

  it('adds a new name at the end', () => {
    const first = addStudent([], entry('Ana'));
    expect(first.ok).toBe(true);
    const second = addStudent(first.ok ? first.students : [], entry('Ben'));
    expect(second.ok && second.students.map((s) => s.name)).toEqual(['Ana', 'Ben']);
  });

  it('refuses the same name twice, whatever its case and spacing', () => {
    const students = [entry('Ana Lee')];
    expect(addStudent(students, entry(' ana  LEE', [1, false]))).toEqual({
      ok: false, reason: 'same-name', error: 'A result from Ana Lee is already in this class.',
    });
  });

  it('says a code typed twice is already entered', () => {
    const ana = entry('Ana');
    const again = { ...ana, code: ana.code.toLowerCase().replace(/-/g, ' ') };
    expect(addStudent([ana], again)).toEqual({ ok: false, reason: 'already-entered', error: 'This code is already entered (Ana).' });
  });

  it('keeps any extra fields of the caller\'s records', () => {
    const result = addStudent([{ ...entry('Ana'), addedAt: 1 }], { ...entry('Ben'), addedAt: 2 });
    expect(result.ok && result.students.map((s) => s.addedAt)).toEqual([1, 2]);
  });
});
