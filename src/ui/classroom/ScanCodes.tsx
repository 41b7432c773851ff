import { useEffect, useRef, useState } from 'preact/hooks';

interface DetectedBarcode { rawValue: string }
interface BarcodeDetectorLike { detect(source: CanvasImageSource): Promise<DetectedBarcode[]> }
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

/** The camera scanner exists only where the browser has BarcodeDetector (Chrome on Android, for one). */
export const canScan = (): boolean => typeof window !== 'undefined' && 'BarcodeDetector' in window && !!navigator.mediaDevices?.getUserMedia;

/**
 * Scans result-code QR codes with the camera, reporting each new value once. Stops the camera when
 * closed. Typing or pasting codes always works as well.
 */
export function ScanCodes({ onCode, onClose }: { onCode(value: string): void; onClose(): void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string>();
  useEffect(() => {
    let stream: MediaStream | undefined;
    let stopped = false;
    const seen = new Set<string>();
    const Detector = (window as unknown as { BarcodeDetector: BarcodeDetectorClass }).BarcodeDetector;
    const detector = new Detector({ formats: ['qr_code'] });
    const tick = async () => {
      if (stopped || !video.current) return;
      try {
        for (const { rawValue } of await detector.detect(video.current)) {
          if (!seen.has(rawValue)) { seen.add(rawValue); onCode(rawValue); }
        }
      } catch { /* a frame that is not ready yet */ }
      setTimeout(() => void tick(), 300);
    };
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(async (s) => {
      stream = s;
      if (stopped || !video.current) return;
      video.current.srcObject = s;
      await video.current.play();
      void tick();
    }, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    return () => { stopped = true; stream?.getTracks().forEach((t) => t.stop()); };
  }, []);
  return (
    <div class="scanner">
      {error ? <p role="alert">The camera could not be opened ({error}). Type or paste the codes instead.</p> : (
        <video ref={video} muted playsInline aria-label="Camera view for scanning result codes" />
      )}
      <button type="button" class="button" onClick={onClose}>Stop scanning</button>
    </div>
  );
}
