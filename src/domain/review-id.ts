/**
 * Ids that sort by the time they were made: the time in base 36, fixed width, then a random part.
 * Reading the log in key order then walks it (nearly) in time order, a few pages at a time, instead
 * of hopping about the whole store. Ids made before (plain UUIDs) stay valid as they are: sync marks,
 * undos, the server and backup files all name ratings by id, so they are never rewritten.
 */

/** Digits of the time prefix: base 36 at this width reaches the year 5000. */
export const ID_TIME_DIGITS = 9;

export function timeOrderedId(time: number, random: string): string {
  return `${Math.max(0, Math.floor(time)).toString(36).padStart(ID_TIME_DIGITS, '0')}-${random}`;
}
