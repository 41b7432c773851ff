import { inTime } from './words.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A short label for an interval, as on Anki's buttons: "<1m", "10m", "3h", "4d", "2.5mo", "1.2y". */
export function formatInterval(ms: number): string {
  if (ms < MINUTE) return '<1m';
  if (ms < HOUR) return `${Math.round(ms / MINUTE)}m`;
  if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
  const days = ms / DAY;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${trim(days / 30)}mo`;
  return `${trim(days / 365)}y`;
}

/** The same interval in words, for screen readers and sentences: "in 10 minutes", "in 4 days". */
export function describeInterval(ms: number): string {
  if (ms < MINUTE) return 'in less than a minute';
  if (ms < HOUR) return inTime(Math.round(ms / MINUTE), 'minute');
  if (ms < DAY) return inTime(Math.round(ms / HOUR), 'hour');
  const days = ms / DAY;
  if (days < 30) return inTime(Math.round(days), 'day');
  if (days < 365) return inTime(Number(trim(days / 30)), 'month');
  return inTime(Number(trim(days / 365)), 'year');
}

const trim = (n: number) => (Math.round(n * 10) / 10).toString();

export { MINUTE, HOUR, DAY };
