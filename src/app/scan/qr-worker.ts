/**
 * The bundled QR decoder, @nuintun/qrcode (a port of ZXing's QR reader), in a worker of our own
 * origin (CSP worker-src 'self'), so that decoding a frame never holds up the page. Vite builds it as
 * a file of its own, fetched only when a scanner without the browser's BarcodeDetector starts, and
 * precached with the rest of the app.
 */
import { binarize, Decoder, Detector, grayscale } from '@nuintun/qrcode';
import type { FrameReply, FrameRequest } from './qr-frames';

const scope = self as unknown as { onmessage: ((e: MessageEvent<FrameRequest>) => void) | null; postMessage(reply: FrameReply | 'ready'): void };

// Result codes are plain ASCII; the browser's own TextDecoder keeps the library's charset tables out of the file.
const utf8 = new TextDecoder();
const decoder = new Decoder({ decode: (bytes) => utf8.decode(bytes) });
const detector = new Detector();

function read({ width, height, pixels }: FrameRequest): string | null {
  const binarized = binarize(grayscale(new ImageData(new Uint8ClampedArray(pixels), width, height)), width, height);
  // The detector offers candidate regions one by one; telling it whether one decoded stops the search early.
  const candidates = detector.detect(binarized);
  for (let current = candidates.next(); !current.done;) {
    try {
      return decoder.decode(current.value.matrix).content;
    } catch {
      current = candidates.next(false);
    }
  }
  return null;
}

scope.onmessage = ({ data }) => {
  let text: string | null = null;
  try {
    text = read(data);
  } catch {
    // A frame the decoder cannot make sense of holds no code.
  }
  scope.postMessage({ id: data.id, text });
};

// Tells the page the decoder has loaded: a worker file that could not be fetched (offline before the
// app was cached) fails instead, and the page says so.
scope.postMessage('ready');
