/**
 * A clock offset that follows Europe/Berlin's rules, computed here so that no test depends on the
 * machine's time zone: UTC+1, and UTC+2 from 01:00 UTC on the last Sunday of March to 01:00 UTC on
 * the last Sunday of October. In 2026 the clocks change on 29 March and 25 October.
 */
const lastSundayAt1Utc = (year: number, month: number) => {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 86_400_000;
};

export const berlinOffset = (time: number): number => {
  const year = new Date(time).getUTCFullYear();
  return time >= lastSundayAt1Utc(year, 2) && time < lastSundayAt1Utc(year, 9) ? -120 : -60;
};

/** A Berlin wall-clock time as epoch ms (an hour the clocks skip is taken as after the change). */
export function berlin(year: number, month: number, day: number, hour = 0, minute = 0): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const guess = asUtc + berlinOffset(asUtc) * 60_000;
  return asUtc + berlinOffset(guess) * 60_000;
}
