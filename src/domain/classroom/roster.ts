/** The class list: one result per student. */
import { canonicalCode } from './result-code.ts';
import { nameKey } from './student-name.ts';

export type AddStudentResult<S> =
  | { ok: true; students: S[] }
  /** `already-entered`: this very code is in the list; `same-name`: another code with this student's name is. */
  | { ok: false; reason: 'already-entered' | 'same-name'; error: string };

/**
 * The list with `student` (a decoded result, with its code) added at the end; refused when the same
 * code is already in it, or another result under the same name (case and spacing do not count).
 */
export function addStudent<S extends { name: string; code: string }>(students: readonly S[], student: S): AddStudentResult<S> {
  const code = canonicalCode(student.code);
  const same = students.find((s) => canonicalCode(s.code) === code);
  if (same) return { ok: false, reason: 'already-entered', error: `This code is already entered (${same.name}).` };
  const key = nameKey(student.name);
  const namesake = students.find((s) => nameKey(s.name) === key);
  if (namesake) return { ok: false, reason: 'same-name', error: `A result from ${namesake.name} is already in this class.` };
  return { ok: true, students: [...students, student] };
}
