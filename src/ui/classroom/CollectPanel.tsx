import { useState } from 'preact/hooks';
import { addResultCodes, type CodeOutcome, type LiveStudents, type LoadedClass } from '../../app/classroom';
import { useServices } from '../services-context';
import { ScanCodes, canScan } from './ScanCodes';

/** Result codes typed, pasted in bulk or scanned; each is checked, and only good ones are kept. */
export function CollectPanel({ loaded, onAdded, liveStudents }: { loaded: LoadedClass; onAdded(): void; liveStudents?: LiveStudents }) {
  const services = useServices();
  const [text, setText] = useState('');
  const [outcomes, setOutcomes] = useState<CodeOutcome[]>([]);
  const [scanning, setScanning] = useState(false);
  const add = async (codes: string) => {
    const result = await addResultCodes(services, loaded, codes, liveStudents);
    setOutcomes(result);
    if (result.some((o) => o.ok)) onAdded();
    if (result.every((o) => o.ok)) setText('');
  };
  return (
    <section aria-labelledby="collect-title" class="panel">
      <h2 id="collect-title">Collect results</h2>
      <form onSubmit={(e) => { e.preventDefault(); void add(text); }}>
        <label for="codes">Result codes (one per line; dashes and case do not matter)</label>
        <textarea id="codes" rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} spellcheck={false} autocomplete="off" />
        <p class="actions">
          <button type="submit" class="button primary" disabled={!text.trim()}>Add results</button>
          {canScan() && !scanning ? <button type="button" class="button" onClick={() => setScanning(true)}>Scan with the camera</button> : null}
        </p>
      </form>
      {scanning ? <ScanCodes onCode={(code) => void add(code)} onClose={() => setScanning(false)} /> : null}
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
