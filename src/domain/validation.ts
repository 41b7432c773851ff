/**
 * One way to check data from elsewhere — a deck file, a share link, a backup, a CSV file, a sync
 * document. A problem says where (its path inside the file or record; the caller names the file or
 * record itself) and what is wrong, in plain words; a check reports every problem it finds and
 * never throws. `fieldsOf` reads one object's fields, each reporting under `path.field` in the
 * "must be …, found …" wording; the primitives below are shared by the checks that word their
 * problems otherwise (a deck file's "is missing or empty", a share link's one sentence).
 * Ranges, times, ids and links come from domain/trust.ts, so a rule never has two versions.
 */
import { CARD_ID, describeTime, fitsRule, isTimeIn, type NumberRule, type TimeRange } from './trust.ts';

export type Raw = Record<string, unknown>;

/** A problem: where it is (a path like `data.reviews[2].grade`, '' for the whole) and what is wrong. */
export interface Problem {
  path: string;
  message: string;
}

export type Report = (problem: Problem) => void;

/** Problems gathered while checking, in order; `report` is what the checks are given. */
export function collectProblems(): { problems: Problem[]; report: Report } {
  const problems: Problem[] = [];
  return { problems, report: (problem) => { problems.push(problem); } };
}

export const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Text with something in it besides spaces. */
export const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** The same text to a reader: case and surrounding spaces do not count. */
export const sameText = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The index of every item that repeats an earlier one (by `same`). */
export function repeats<T>(items: readonly T[], same: (a: T, b: T) => boolean): number[] {
  return items.flatMap((item, i) => (items.findIndex((other) => same(other, item)) !== i ? [i] : []));
}

/** A value as a message shows it: short, and never the whole of a long string. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…"` : text;
}

/** A value that should be a time, with the date it stands for when it is one: `4102444800000 (1 January 2100)`. */
export function showTime(value: unknown): string {
  const date = typeof value === 'number' ? describeTime(value) : undefined;
  return date ? `${show(value)} (${date})` : show(value);
}

/** `path.key`, or `key` at the top. */
export const pathTo = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/** A time range and how a message says it ("a time from 1 January 2020 to …"). */
export interface TimeRule {
  range: TimeRange;
  must: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar date as the app writes one. */
export const isIsoDate = (v: unknown): v is string => typeof v === 'string' && ISO_DATE.test(v);

export const MAX_TEXT_LENGTH = 1000;

/** The field readers of one object, each reporting under `path.field`; undefined (and reported) when `value` is no object. */
export function fieldsOf(value: unknown, path: string, report: Report, what: string) {
  if (!isObject(value)) {
    report({ path, message: `must be ${what}, found ${show(value)}` });
    return undefined;
  }
  const at = (key: string) => pathTo(path, key);
  /** Whether the field is there; reports it when it is required and missing. */
  const present = (key: string, optional: boolean) => {
    if (value[key] !== undefined) return true;
    if (!optional) report({ path: at(key), message: 'is missing' });
    return false;
  };
  const fail = (key: string, must: string, found = show(value[key])) => report({ path: at(key), message: `must be ${must}, found ${found}` });
  const length = (key: string, v: string, max: number) => {
    if (v.length <= max) return true;
    report({ path: at(key), message: `must be at most ${max} characters long, found ${v.length}` });
    return false;
  };
  return {
    value,
    at,
    fail,
    /** A non-empty string of at most `max` characters. */
    text(key: string, { optional = false, max = MAX_TEXT_LENGTH } = {}): string | undefined {
      if (!present(key, optional)) return undefined;
      const v = value[key];
      if (typeof v !== 'string' || v === '') return void fail(key, 'a non-empty string');
      return length(key, v, max) ? v : undefined;
    },
    /** A string, empty or not, of at most `max` characters. */
    string(key: string, max = MAX_TEXT_LENGTH): string | undefined {
      if (!present(key, false)) return undefined;
      const v = value[key];
      if (typeof v !== 'string') return void fail(key, 'a string');
      return length(key, v, max) ? v : undefined;
    },
    number(key: string, rule: NumberRule, optional = false): number | undefined {
      if (!present(key, optional)) return undefined;
      const v = value[key];
      return fitsRule(v, rule) ? v : void fail(key, rule.must);
    },
    time(key: string, rule: TimeRule, optional = false): number | undefined {
      if (!present(key, optional)) return undefined;
      const v = value[key];
      return isTimeIn(v, rule.range) ? v : void fail(key, rule.must, showTime(v));
    },
    /** A date written YYYY-MM-DD. */
    date(key: string): string | undefined {
      if (!present(key, false)) return undefined;
      const v = value[key];
      return isIsoDate(v) ? v : void report({ path: at(key), message: `must be a date written YYYY-MM-DD, found ${show(v)}` });
    },
    boolean(key: string, optional = false): boolean | undefined {
      if (!present(key, optional)) return undefined;
      const v = value[key];
      return typeof v === 'boolean' ? v : void fail(key, 'true or false');
    },
    oneOf<T extends string>(key: string, values: readonly T[]): T | undefined {
      if (!present(key, false)) return undefined;
      const v = value[key];
      return values.includes(v as T) ? (v as T) : void fail(key, `one of ${values.join(', ')}`);
    },
    cardId(key: string): string | undefined {
      if (!present(key, false)) return undefined;
      const v = value[key];
      return typeof v === 'string' && CARD_ID.test(v) ? v : void fail(key, 'a card id like "act-007"');
    },
    /** A list of at most `max` items, each checked by `item` under `path.key[i]`. */
    list(key: string, item: (value: unknown, path: string) => void, { optional = false, max = Infinity } = {}): unknown[] | undefined {
      if (!present(key, optional)) return undefined;
      const v = value[key];
      if (!Array.isArray(v)) return void fail(key, 'a list');
      if (v.length > max) return void report({ path: at(key), message: `must have at most ${max} entries, found ${v.length}` });
      v.forEach((x, i) => item(x, pathTo(at(key), i)));
      return v;
    },
  };
}

/** List items for `fieldsOf(…).list`: a string of at most `max` characters. */
export const stringItem = (report: Report, max = MAX_TEXT_LENGTH) => (v: unknown, path: string) => {
  if (typeof v !== 'string') report({ path, message: `must be a string, found ${show(v)}` });
  else if (v.length > max) report({ path, message: `must be at most ${max} characters long, found ${v.length}` });
};

/** List items for `fieldsOf(…).list`: a card id. */
export const cardIdItem = (report: Report) => (v: unknown, path: string) => {
  if (!(typeof v === 'string' && CARD_ID.test(v))) report({ path, message: `must be a card id like "act-007", found ${show(v)}` });
};
