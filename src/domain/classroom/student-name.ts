/** A student's name as a result code carries it: 1–24 characters of any script, trimmed, no control characters. */

export const MAX_NAME = 24;

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** The name as it is stored and compared: trimmed, in Unicode NFC, so the same name typed on two devices is the same text. */
export function checkName(name: string): { ok: true; name: string } | { ok: false; error: string } {
  const clean = name.trim().normalize('NFC');
  const length = [...clean].length;
  if (length === 0) return { ok: false, error: 'Enter a name or nickname.' };
  if (length > MAX_NAME) return { ok: false, error: `A name can have at most ${MAX_NAME} characters; this one has ${length}.` };
  if (CONTROL.test(clean)) return { ok: false, error: 'A name cannot contain line breaks or control characters.' };
  return { ok: true, name: clean };
}

/** The form two names are compared in: "Ana  Lee" and "ana lee" are the same student. */
export function nameKey(name: string): string {
  return name.trim().normalize('NFC').replace(/\s+/g, ' ').toLowerCase();
}
