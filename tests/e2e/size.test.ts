import { expect, it } from 'vitest';
import { FIRST_LOAD_BUDGET_BYTES, firstLoad } from '../../scripts/shared/size';
import { DIST } from './static-server';

// Sizes are deterministic, so the budget is checked on every build; timings stay in `npm run bench`.
it('keeps the first load (JS + CSS, gzip) within the 40 KB budget', () => {
  const { files, gzip, raw } = firstLoad(DIST);
  console.log(`first load: ${(gzip / 1000).toFixed(1)} KB gzip (${(raw / 1000).toFixed(1)} KB raw) in ${files.map((f) => f.file).join(', ')}`);
  expect(files.some((f) => f.file.endsWith('.js'))).toBe(true);
  expect(files.some((f) => f.file.endsWith('.css'))).toBe(true);
  expect(gzip).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
});
