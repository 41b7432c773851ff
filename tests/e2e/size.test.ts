import { expect, it } from 'vitest';
import { FIRST_LOAD_BUDGET_BYTES, fileSize, firstLoad, precacheFiles, qrDecoderFile } from '../../scripts/shared/size';
import { DIST } from './static-server';

// Sizes are deterministic, so the budget is checked on every build; timings stay in `npm run bench`.
it('keeps the first load (JS + CSS, gzip) within the 40 KB budget', () => {
  const { files, gzip, raw } = firstLoad(DIST);
  console.log(`first load: ${(gzip / 1000).toFixed(1)} KB gzip (${(raw / 1000).toFixed(1)} KB raw) in ${files.map((f) => f.file).join(', ')}`);
  expect(files.some((f) => f.file.endsWith('.js'))).toBe(true);
  expect(files.some((f) => f.file.endsWith('.css'))).toBe(true);
  expect(gzip).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
});

it("keeps the camera scanner's QR decoder out of the first load, and precaches it for scanning offline", () => {
  const decoder = qrDecoderFile(DIST);
  expect(decoder).toMatch(/^assets\/qr-worker-[\w-]+\.js$/);
  const { gzip, raw } = fileSize(DIST, decoder!);
  console.log(`QR decoder: ${(gzip / 1000).toFixed(1)} KB gzip (${(raw / 1000).toFixed(1)} KB raw), ${decoder}`);
  expect(firstLoad(DIST).files.map((f) => f.file)).not.toContain(decoder);
  expect(precacheFiles(DIST)).toContain(decoder);
});
