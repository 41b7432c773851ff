/**
 * What data from elsewhere may claim: small named rules for times, counts, FSRS numbers, ids and
 * links. A backup's checksum proves the file arrived as it was written, not that what was written is
 * possible; these rules do. Backup records, their merge, share links, the shipped decks' validator
 * and the renderer all use them, so a rule never has two versions. Pure: "now" is an argument.
 */

// The id and link rules are files of their own: the first screen needs them (the storage upgrade,
// a card's source link), the rest only when a file from elsewhere is checked. Every rule is read here.
export * from './trust-ids.ts';
export * from './trust-links.ts';

const DAY = 86_400_000;

// ---- times ------------------------------------------------------------------------------------

/** Faultlines did not exist before 2020: no rating, quiz or backup of it is older. */
export const EARLIEST_TIME = Date.UTC(2020, 0, 1);
/**
 * How far a file's own time may be ahead of this device's clock. Another device's clock may be a
 * little fast, or set to the wrong time zone (up to 14 hours off); a day covers both.
 */
export const CLOCK_SKEW_MS = DAY;
/** FSRS never schedules further ahead than this (ts-fsrs's maximum_interval, 36,500 days). */
export const MAX_INTERVAL_DAYS = 36_500;

/** Epoch milliseconds from `earliest` to `latest`; both lie well inside what a Date can hold. */
export interface TimeRange {
  earliest: number;
  latest: number;
}

/** A time as the app writes one: whole epoch milliseconds within the range. */
export const isTimeIn = (v: unknown, range: TimeRange): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= range.earliest && v <= range.latest;

/** When a file from another device may say it was made: not before 2020, not after now (give or take a clock's error). */
export const fileTimeRange = (now: number): TimeRange => ({ earliest: EARLIEST_TIME, latest: now + CLOCK_SKEW_MS });

/** When something recorded in a file may have happened: between 2020 and the moment the file was made. */
export const pastRange = (madeAt: number): TimeRange => ({ earliest: EARLIEST_TIME, latest: madeAt });

/** When a card recorded in a file may be due: FSRS schedules at most MAX_INTERVAL_DAYS ahead. */
export const dueRange = (madeAt: number): TimeRange => ({ earliest: EARLIEST_TIME, latest: madeAt + MAX_INTERVAL_DAYS * DAY });

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A time in words for a message, in UTC so it reads the same on every device: "3 November 2026, 09:00 UTC". */
export function describeTime(time: number): string | undefined {
  const d = new Date(time);
  if (!Number.isFinite(d.getTime())) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return d.getUTCHours() === 0 && d.getUTCMinutes() === 0 ? date : `${date}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

// ---- numbers ----------------------------------------------------------------------------------

/** A range a number must lie in, and how a message says it. */
export interface NumberRule {
  must: string;
  min: number;
  max: number;
  integer?: boolean;
  /** `min` itself is not allowed (stability must be above 0). */
  aboveMin?: boolean;
}

export const fitsRule = (v: unknown, rule: NumberRule): v is number =>
  typeof v === 'number' && Number.isFinite(v) && (!rule.integer || Number.isInteger(v))
  && (rule.aboveMin ? v > rule.min : v >= rule.min) && v <= rule.max;

/** 100000 as "100,000". */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
const whole = (min: number, max: number, unit = ''): NumberRule => ({
  must: `a whole number from ${grouped(min)} to ${grouped(max)}${unit}`, min, max, integer: true,
});

/**
 * FSRS's own ranges (ts-fsrs S_MIN/S_MAX, difficulty clamped to 1–10, states New…Relearning);
 * a test holds them equal to what src/domain/scheduler.ts reads from ts-fsrs.
 */
export const STABILITY: NumberRule = { must: 'a number of days above 0 and at most 36,500', min: 0, max: 36_500, aboveMin: true };
export const DIFFICULTY: NumberRule = { must: 'a number from 1 to 10', min: 1, max: 10 };
export const MEMORY_STATE: NumberRule = { must: '0–3 (new, learning, review, relearning)', min: 0, max: 3, integer: true };
export const GRADE: NumberRule = { must: '1–4', min: 1, max: 4, integer: true };
/** Days since the last review, or until the next: FSRS counts whole days, at most MAX_INTERVAL_DAYS. */
export const DAYS = whole(0, MAX_INTERVAL_DAYS, ' (days)');
/** A card's learning step: ts-fsrs counts through a handful of short steps. */
export const LEARNING_STEP = whole(0, 20);
/**
 * Ratings of one card: a hundred thousand is more than a lifetime of daily study (and than the
 * most a quiz could add), so anything beyond is not a real count.
 */
export const RATING_COUNT = whole(0, 100_000);
export const QUESTION_COUNT = whole(0, 10_000);
export const DECK_VERSION = whole(1, 1_000_000);

// ---- structure --------------------------------------------------------------------------------

interface Frame {
  value: object;
  depth: number;
  parent: Frame | undefined;
  key: string | number;
}

/**
 * Where `value` nests lists and objects deeper than `max` levels, if it does: the path to the first
 * such place, cut short. Walked with a stack of its own, so a file nested 100,000 levels deep is
 * measured, not followed down until the call stack runs out.
 */
export function tooDeep(value: unknown, max: number, prefix: readonly (string | number)[] = []): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const stack: Frame[] = [{ value, depth: prefix.length, parent: undefined, key: '' }];
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    if (frame.depth >= max) return pathOf(frame, prefix);
    const v = frame.value as Record<string, unknown>;
    if (Array.isArray(v)) {
      v.forEach((x: unknown, i) => { if (typeof x === 'object' && x !== null) stack.push({ value: x, depth: frame!.depth + 1, parent: frame, key: i }); });
    } else {
      for (const key of Object.keys(v)) {
        const x = v[key];
        if (typeof x === 'object' && x !== null) stack.push({ value: x, depth: frame.depth + 1, parent: frame, key });
      }
    }
  }
  return undefined;
}

/** The path to `frame`, after `prefix` (where the value sits in a larger one, read a piece at a time). */
function pathOf(frame: Frame, prefix: readonly (string | number)[]): string {
  const keys: (string | number)[] = [];
  for (let f: Frame | undefined = frame; f?.parent; f = f.parent) keys.push(f.key);
  keys.push(...[...prefix].reverse());
  keys.reverse();
  const shown = keys.slice(0, 6).map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
  return keys.length > 6 ? `${shown}…` : shown;
}
