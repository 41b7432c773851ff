import { expect, it } from 'vitest';
import { DAY, HOUR, MINUTE, describeInterval, formatInterval } from '../../src/domain/interval';

it('labels intervals the way Anki does', () => {
  expect(formatInterval(30_000)).toBe('<1m');
  expect(formatInterval(10 * MINUTE)).toBe('10m');
  expect(formatInterval(3 * HOUR)).toBe('3h');
  expect(formatInterval(4 * DAY)).toBe('4d');
  expect(formatInterval(75 * DAY)).toBe('2.5mo');
  expect(formatInterval(438 * DAY)).toBe('1.2y');
});

it('describes intervals in words, singular and plural', () => {
  expect(describeInterval(MINUTE)).toBe('in 1 minute');
  expect(describeInterval(10 * MINUTE)).toBe('in 10 minutes');
  expect(describeInterval(DAY)).toBe('in 1 day');
  expect(describeInterval(40 * DAY)).toBe('in 1.3 months');
});
