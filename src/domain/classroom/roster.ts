/** The class list: one result per student. */
import { canonicalCode, codeStudentKey } from './result-code.ts';
import { nameKey } from './student-name.ts';

export type AddStudentResult<S> =
  | { ok: true; students: S[] }
  /**
   * `already-entered`: this very code is in the list; `same-student`: another code of this student
   * (the same live student key) is; `same-name`: another code with this student's name is.
   */
  | { ok: false; reason: 'already-entered' | 'same-student' | 'same-name'; error: string };

/**
 * The list with `student` (a decoded result, with its code) added at the end; refused when the same
 * code is already in it, another result of the same live student, or another result under the same
 * name (case and spacing do not count) — unless both came from a live class's devices with their
 * own keys: two students of one name in a live class are two students.
 */
export function addStudent<S extends { name: string; code: string }>(students: readonly S[], student: S): AddStudentResult<S> {
  const code = canonicalCode(student.code);
  const same = students.find((s) => canonicalCode(s.code) === code);
  if (same) return { ok: false, reason: 'already-entered', error: `This code is already entered (${same.name}).` };
  const studentKey = codeStudentKey(student.code);
  const sameStudent = studentKey === undefined ? undefined : students.find((s) => codeStudentKey(s.code) === studentKey);
  if (sameStudent) return { ok: false, reason: 'same-student', error: `A result from this student is already in this class (${sameStudent.name}).` };
  const key = nameKey(student.name);
  const namesake = students.find((s) => nameKey(s.name) === key && (studentKey === undefined || codeStudentKey(s.code) === undefined));
  if (namesake) return { ok: false, reason: 'same-name', error: `A result from ${namesake.name} is already in this class.` };
  return { ok: true, students: [...students, student] };
}
