/**
 * Reading QR codes from the camera's video: the browser's own BarcodeDetector where it reads QR
 * codes, and otherwise our bundled decoder (@nuintun/qrcode) in a worker, loaded only then and only from our
 * own origin, so scanning works in every browser and offline once the app is cached.
 */
import type { FrameReply, FrameRequest } from './qr-frames';

/** Reads the QR codes in the video's current frame. */
export interface QrReader {
  /** 'native': the browser's BarcodeDetector; 'bundled': @nuintun/qrcode in our worker. */
  readonly kind: 'native' | 'bundled';
  read(video: HTMLVideoElement): Promise<string[]>;
  close(): void;
}

interface DetectedBarcode { rawValue: string }
interface BarcodeDetectorInstance { detect(source: CanvasImageSource): Promise<DetectedBarcode[]> }
export interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorInstance;
  getSupportedFormats?(): Promise<string[]>;
}

/**
 * The BarcodeDetector to use, if the browser has one that reads QR codes. Some have the class but
 * not the format (Chrome on desktop Linux reports no formats at all), so the list decides.
 */
export async function nativeQrDetector(scope: { BarcodeDetector?: BarcodeDetectorClass }): Promise<BarcodeDetectorClass | undefined> {
  const Detector = scope.BarcodeDetector;
  if (typeof Detector !== 'function' || typeof Detector.getSupportedFormats !== 'function') return undefined;
  try {
    return (await Detector.getSupportedFormats()).includes('qr_code') ? Detector : undefined;
  } catch {
    return undefined;
  }
}

/** The best reader this browser offers. Rejects only if the bundled decoder cannot be started. */
export async function openQrReader(scope: { BarcodeDetector?: BarcodeDetectorClass } = globalThis as never): Promise<QrReader> {
  const Detector = await nativeQrDetector(scope);
  if (Detector) {
    const detector = new Detector({ formats: ['qr_code'] });
    return {
      kind: 'native',
      read: async (video) => (await detector.detect(video)).map((b) => b.rawValue),
      close: () => undefined,
    };
  }
  return bundledReader();
}

/** Frames are scaled down to this many pixels on their longer side: a held-up phone's code stays large enough, and a frame decodes in milliseconds. */
const MAX_SIDE = 640;

function bundledReader(): Promise<QrReader> {
  return new Promise((resolve, reject) => {
    // Vite turns this into a file of its own (assets/qr-worker-…js), fetched here and nowhere else.
    const worker = new Worker(new URL('./qr-worker.ts', import.meta.url), { name: 'qr-decoder' });
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) { worker.terminate(); reject(new Error('no 2D canvas')); return; }
    let next = 0;
    const waiting = new Map<number, (text: string | null) => void>();
    let started = false;
    worker.onmessage = ({ data }: MessageEvent<FrameReply | 'ready'>) => {
      if (data === 'ready') { started = true; resolve(reader); return; }
      waiting.get(data.id)?.(data.text);
      waiting.delete(data.id);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      for (const done of waiting.values()) done(null);
      waiting.clear();
      if (!started) { worker.terminate(); reject(new Error(event.message || 'the QR decoder did not start')); }
    };
    const reader: QrReader = {
      kind: 'bundled',
      read(video) {
        const { videoWidth: w, videoHeight: h } = video;
        if (!w || !h) return Promise.resolve([]);
        const scale = Math.min(1, MAX_SIDE / Math.max(w, h));
        canvas.width = Math.round(w * scale);
        canvas.height = Math.round(h * scale);
        context.drawImage(video, 0, 0, canvas.width, canvas.height);
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        const request: FrameRequest = { id: ++next, width: canvas.width, height: canvas.height, pixels: data.buffer };
        return new Promise((done) => {
          waiting.set(request.id, (text) => done(text === null ? [] : [text]));
          worker.postMessage(request, [request.pixels]);
        });
      },
      close() {
        worker.terminate();
        for (const done of waiting.values()) done(null);
        waiting.clear();
      },
    };
  });
}
