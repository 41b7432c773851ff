/** The letters options are shown and answered by (keys A–D, as well as 1–4). */
export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;

/** The option a key picks: 1–4 or A–D (lower-cased), among `count` options; undefined for any other key. */
export function optionForKey(key: string, count: number): number | undefined {
  const i = ['1', '2', '3', '4'].indexOf(key) >= 0 ? Number(key) - 1 : ['a', 'b', 'c', 'd'].indexOf(key);
  return i >= 0 && i < count ? i : undefined;
}
