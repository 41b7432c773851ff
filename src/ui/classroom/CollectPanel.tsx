import { useRef, useState } from 'preact/hooks';
import { addResultCodes, type CodeOutcome, type LiveStudents, type LoadedClass } from '../../app/classroom';
import { collectScannedCode } from '../../app/scan/collect';
import { explainError } from '../../app/storage-errors';
import { useServices } from '../services-context';
import { unlockSound } from './beep';
import { Scanner } from './Scanner';

/** Result codes typed, pasted in bulk or scanned; each is checked, and only good ones are kept. */
export function CollectPanel({ loaded, onAdded, liveStudents }: { loaded: LoadedClass; onAdded(): void; liveStudents?: LiveStudents }) {
  const services = useServices();
  const [text, setText] = useState('');
  const [outcomes, setOutcomes] = useState<CodeOutcome[]>([]);
  const [scanning, setScanning] = useState(false);
  const [scanned, setScanned] = useState<string>();
  const scanButton = useRef<HTMLButtonElement>(null);
  // The scanner outlives the reloads that follow each code it adds; it always adds to the class as now loaded.
  const latest = useRef(loaded);
  latest.current = loaded;
  const add = async (codes: string) => {
    const result = await addResultCodes(services, loaded, codes, liveStudents);
    setOutcomes(result);
    if (result.some((o) => o.ok)) onAdded();
    if (result.every((o) => o.ok)) setText('');
  };
  const addScanned = async (value: string): Promise<CodeOutcome> => {
    try {
      const outcome = await collectScannedCode(services, latest.current, value, liveStudents);
      if (outcome.ok) onAdded();
      return outcome;
    } catch (error) {
      return { code: value, ok: false, message: `${explainError(error).message} Nothing was stored for this code.` };
    }
  };
  const startScanning = () => {
    unlockSound();
    setScanned(undefined);
    setScanning(true);
  };
  const stopScanning = (collected: number) => {
    setScanning(false);
    setScanned(`Scanning stopped: ${collected} collected.`);
    // The button comes back on the next render; focus returns to it, where the keyboard left off.
    setTimeout(() => scanButton.current?.focus(), 0);
  };
  return (
    <section aria-labelledby="collect-title" class="panel">
      <h2 id="collect-title">Collect results</h2>
      <form onSubmit={(e) => { e.preventDefault(); void add(text); }}>
        <label for="codes">Result codes (one per line; dashes and case do not matter)</label>
        <textarea id="codes" rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} spellcheck={false} autocomplete="off" />
        <p class="actions">
          <button type="submit" class="button primary" disabled={!text.trim()}>Add results</button>
          {!scanning ? <button ref={scanButton} type="button" class="button" onClick={startScanning}>Scan with the camera</button> : null}
        </p>
      </form>
      {scanning ? <Scanner submit={addScanned} onDone={stopScanning} /> : null}
      <p role="status" data-testid="scan-summary">{scanned ?? ''}</p>
      {outcomes.length ? (
        <ul class="code-outcomes" aria-live="polite" data-testid="code-outcomes">
          {outcomes.map((o, i) => (
            <li key={i} class={o.ok ? 'ok' : 'bad'}>
              <span aria-hidden="true">{o.ok ? '✓ ' : '✗ '}</span>
              {o.ok ? o.message : <><code>{o.code}</code>: {o.message} Nothing was stored for it.</>}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
