import { useEffect, useRef, useState } from 'preact/hooks';
import { openCamera, releaseCamera } from '../../app/scan/camera';
import { openQrReader, type QrReader } from '../../app/scan/qr-reader';
import { createScanSession, type ScanEvent, type SubmitOutcome } from '../../app/scan/scan-session';
import { Notice } from '../components/Notice';
import { beep } from './beep';

/** At most this often a frame is read (about 8 a second): fast enough for codes held up one after another, light on a phone's battery. */
const FRAME_INTERVAL_MS = 120;
const LOG_LENGTH = 50;

const DECODER_FAILED = 'The QR reader could not be loaded. Reload the page once when online (it then works offline too), or type or paste the codes in the box above instead.';

type Phase =
  | { name: 'starting' }
  | { name: 'scanning'; engine: QrReader['kind'] }
  | { name: 'failed'; message: string; technical?: string };

const collectedText = (n: number) => `${n} collected`;

/**
 * The camera scanner: hold result codes up one after another. Each code read is submitted once
 * (see scan-session.ts), and its outcome said in words, in a live region, with a short sound; the
 * count of codes collected stays in view. Leaving (Done or Esc, or the screen) releases the camera.
 */
export function Scanner({ submit, onDone }: { submit(value: string): Promise<SubmitOutcome>; onDone(collected: number): void }) {
  const video = useRef<HTMLVideoElement>(null);
  const done = useRef<HTMLButtonElement>(null);
  const submitRef = useRef(submit);
  submitRef.current = submit;
  const [sound, setSound] = useState(true);
  const soundRef = useRef(sound);
  soundRef.current = sound;
  const [phase, setPhase] = useState<Phase>({ name: 'starting' });
  const [events, setEvents] = useState<(ScanEvent & { seq: number })[]>([]);
  const [session] = useState(() => createScanSession((value) => submitRef.current(value), (event) => {
    if (soundRef.current) beep(event.ok ? 'accepted' : 'refused');
    setEvents((list) => [{ ...event, seq: (list[0]?.seq ?? 0) + 1 }, ...list].slice(0, LOG_LENGTH));
  }));

  useEffect(() => {
    done.current?.focus();
    let stopped = false;
    let stream: MediaStream | undefined;
    let reader: QrReader | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      stopped = true;
      clearTimeout(timer);
      reader?.close();
      releaseCamera(stream);
      if (video.current) video.current.srcObject = null;
    };
    const tick = async () => {
      if (stopped || !reader || !video.current) return;
      const started = performance.now();
      try {
        session.see(await reader.read(video.current), Date.now());
      } catch {
        // A frame that is not ready yet holds no code; the next one is read as usual.
      }
      if (!stopped) timer = setTimeout(() => void tick(), Math.max(0, FRAME_INTERVAL_MS - (performance.now() - started)));
    };
    void (async () => {
      const camera = await openCamera();
      if (stopped) { if (camera.ok) releaseCamera(camera.stream); return; }
      if (!camera.ok) { setPhase({ name: 'failed', message: camera.message, ...(camera.technical ? { technical: camera.technical } : {}) }); return; }
      stream = camera.stream;
      try {
        reader = await openQrReader();
      } catch (error) {
        if (stopped) return;
        stop();
        setPhase({ name: 'failed', message: DECODER_FAILED, technical: error instanceof Error ? error.message : String(error) });
        return;
      }
      if (stopped) { reader.close(); releaseCamera(stream); return; }
      const v = video.current;
      if (!v) return;
      v.srcObject = stream;
      // A muted, inline video may play without a gesture; if the browser still refuses, frames are read all the same.
      await v.play().catch(() => undefined);
      setPhase({ name: 'scanning', engine: reader.kind });
      void tick();
    })();
    return stop;
  }, [session]);

  const latest = events[0];
  return (
    <section
      class="scanner" aria-labelledby="scanner-title" data-testid="scanner" data-engine={phase.name === 'scanning' ? phase.engine : undefined}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onDone(session.collected); } }}
    >
      <h3 id="scanner-title">Scanning result codes</h3>
      {phase.name === 'failed' ? (
        <Notice kind="error" testId="scan-problem">
          {phase.message}
          {phase.technical ? <details><summary>Technical details</summary><code>{phase.technical}</code></details> : null}
        </Notice>
      ) : (
        <>
          <p class="muted">
            {phase.name === 'starting' ? 'Starting the camera…' : 'Hold each student\'s result code up to the camera, one after another.'}
            {phase.name === 'scanning' ? (phase.engine === 'native' ? ' Read by the browser\'s own QR reader.' : ' Read by Faultlines\' own QR reader.') : ''}
          </p>
          <video ref={video} muted playsInline autoPlay aria-label="Camera view for scanning result codes" />
        </>
      )}
      <p class="big-figures"><span><strong data-testid="scan-count">{session.collected}</strong> collected</span></p>
      {/* Inside .code-outcomes for its colours; the tick or cross and the words say it without them. */}
      <div class="code-outcomes">
        <p role="status" class={latest ? (latest.ok ? 'ok' : 'bad') : undefined} data-testid="scan-status">
          {latest ? <><span aria-hidden="true">{latest.ok ? '✓ ' : '✗ '}</span>{latest.ok ? `${latest.message} ${collectedText(latest.collected)}.` : `Not added: ${latest.message}`}</> : ''}
        </p>
      </div>
      <p class="actions">
        <button ref={done} type="button" class="button primary" onClick={() => onDone(session.collected)}>Done</button>
        <label class="radio"><input type="checkbox" checked={sound} onChange={(e) => setSound(e.currentTarget.checked)} /> Beep for each code</label>
      </p>
      {events.length > 0 ? (
        <>
          <h4 id="scan-log-title">Codes read, newest first</h4>
          <ol class="code-outcomes" data-testid="scan-log" aria-labelledby="scan-log-title">
            {events.map((e) => (
              <li key={e.seq} class={e.ok ? 'ok' : 'bad'}>
                <span aria-hidden="true">{e.ok ? '✓ ' : '✗ '}</span>{e.ok ? e.message : `Not added: ${e.message}`}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
