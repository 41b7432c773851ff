import { describe, expect, it } from 'vitest';
import { nativeQrDetector, openQrReader, type BarcodeDetectorClass } from '../../../src/app/scan/qr-reader';

function detector(formats: () => Promise<string[]>, seen: string[] = []): BarcodeDetectorClass {
  return class {
    static getSupportedFormats = formats;
    constructor(readonly options: { formats: string[] }) {}
    detect() { return Promise.resolve(seen.map((rawValue) => ({ rawValue }))); }
  };
}

describe("choosing the browser's own QR reader", () => {
  it('is not chosen where there is no BarcodeDetector (Firefox, Safari, Chromium on Linux)', async () => {
    expect(await nativeQrDetector({})).toBeUndefined();
  });

  it('is not chosen where BarcodeDetector reads no QR codes (Chrome on a desktop without the platform reader)', async () => {
    expect(await nativeQrDetector({ BarcodeDetector: detector(() => Promise.resolve([])) })).toBeUndefined();
    expect(await nativeQrDetector({ BarcodeDetector: detector(() => Promise.resolve(['ean_13', 'code_128'])) })).toBeUndefined();
  });

  it('is not chosen when asking for its formats fails', async () => {
    expect(await nativeQrDetector({ BarcodeDetector: detector(() => Promise.reject(new Error('no'))) })).toBeUndefined();
  });

  it('is chosen where BarcodeDetector lists qr_code, and reads the values it detects', async () => {
    const Detector = detector(() => Promise.resolve(['ean_13', 'qr_code']), ['AAAA-1111']);
    expect(await nativeQrDetector({ BarcodeDetector: Detector })).toBe(Detector);
    const reader = await openQrReader({ BarcodeDetector: Detector });
    expect(reader.kind).toBe('native');
    expect(await reader.read({} as HTMLVideoElement)).toEqual(['AAAA-1111']);
  });
});
