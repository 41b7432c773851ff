import { useState } from 'preact/hooks';
import { saveImportedDeck } from '../../app/custom-decks';
import { previewCsv } from '../../app/csv-import';
import { ATTEMPTS, explainError, type Explanation } from '../../app/storage-errors';
import type { CsvImport } from '../../domain/deck/import-csv';
import { decodeTextFile, decodeWindows1252, type TextFileEncoding } from '../../domain/deck/text-file';
import { useServices } from '../services-context';
import { ProblemNotice } from './ProblemNotice';

interface ChosenFile { name: string; text: string; encoding: TextFileEncoding }

/**
 * Import a CSV/TSV deck: choose a file, see every card and every bad line, then save — nothing is
 * written before the learner agrees. Card text stays text: it is never rendered as HTML.
 */
export function ImportDeck({ onImported }: { onImported(): void }) {
  const services = useServices();
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<ChosenFile>();
  /** A file that is not UTF-8, kept as bytes until the learner says how to read it. */
  const [notUtf8, setNotUtf8] = useState<{ name: string; bytes: Uint8Array; line: number }>();
  const [preview, setPreview] = useState<CsvImport>();
  const [error, setError] = useState<Explanation>();
  const [saved, setSaved] = useState<string>();

  const choose = async (input: HTMLInputElement) => {
    setError(undefined); setSaved(undefined); setPreview(undefined); setNotUtf8(undefined); setFile(undefined);
    const chosen = input.files?.[0];
    if (!chosen) return;
    // Not chosen.text(): it turns every byte that is not UTF-8 into "�" without a word.
    const bytes = new Uint8Array(await chosen.arrayBuffer());
    const decoded = decodeTextFile(bytes);
    if (!decoded.ok) {
      if (decoded.problem === 'binary') setError({ message: `${chosen.name}: This is not a text file (it contains binary data). Nothing was imported.` });
      else setNotUtf8({ name: chosen.name, bytes, line: decoded.line });
      return;
    }
    const next = { name: chosen.name, text: decoded.text, encoding: decoded.encoding };
    setFile(next);
    show(next, title);
  };
  const readAsWindows1252 = () => {
    if (!notUtf8) return;
    const next: ChosenFile = { name: notUtf8.name, text: decodeWindows1252(notUtf8.bytes), encoding: 'windows-1252' };
    setNotUtf8(undefined);
    setFile(next);
    show(next, title);
  };
  const show = (f: ChosenFile, t: string) => {
    const result = previewCsv(services, f, t);
    if ('error' in result) { setError({ message: `${f.name}: ${result.error} Nothing was imported.` }); setPreview(undefined); }
    else setPreview(result);
  };
  const save = async () => {
    if (!preview) return;
    setError(undefined);
    try {
      await saveImportedDeck(services, preview.deck);
      setSaved(`Imported "${preview.deck.title}" with ${preview.deck.cards.length} cards.`);
      setPreview(undefined); setFile(undefined); setTitle('');
      onImported();
    } catch (e) {
      // The preview stays, so the same button tries again once the trouble is fixed.
      const problem = explainError(e, ATTEMPTS.importDeck);
      setError(problem.storage ? problem : { ...problem, message: `${problem.message} Nothing was imported.` });
    }
  };

  return (
    <section aria-labelledby="import-title" class="panel">
      <h2 id="import-title">Import your own deck</h2>
      <p class="help">
        A CSV or TSV file with a term and a definition on each line, as Quizlet and Anki export them.
        Optional further columns: wrong answers separated by <code>|</code>, an explanation, tags. A header
        row (term, definition, distractors, explanation, tags) is recognised.
      </p>
      <label for="import-file">File</label>
      <input id="import-file" type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain" onChange={(e) => void choose(e.currentTarget)} />
      <label for="import-name">Deck name (optional)</label>
      <input id="import-name" type="text" value={title} onInput={(e) => { setTitle(e.currentTarget.value); if (file) show(file, e.currentTarget.value); }} />
      {error ? <ProblemNotice problem={error} testId="import-error" /> : null}
      {notUtf8 ? (
        <div role="alert" class="notice" data-testid="import-encoding">
          <p>
            {notUtf8.name}: This file is not in UTF-8 text, so some letters would come out wrong (the first is on
            line {notUtf8.line}). Files saved by Excel or Quizlet on Windows are often in Windows-1252 (Western European).
          </p>
          <p class="actions">
            <button type="button" class="button primary" onClick={readAsWindows1252}>Read it as Windows-1252</button>
          </p>
          <p class="help">You will see every card before anything is imported. If the letters still look wrong, save the file as "CSV UTF-8" and choose it again.</p>
        </div>
      ) : null}
      {saved ? <p role="status" data-testid="import-saved">{saved}</p> : null}
      {preview ? (
        <div class="preview" data-testid="import-preview">
          <h3>{preview.deck.cards.length} cards{preview.problems.length ? `, ${preview.problems.length} bad line${preview.problems.length === 1 ? '' : 's'}` : ''}</h3>
          <p class="muted">
            {file?.encoding === 'windows-1252' ? 'Read as Windows-1252 (Western European) text, ' : 'Read as '}
            {preview.separator === '\t' ? 'tab' : preview.separator === ',' ? 'comma' : 'semicolon'}-separated,
            {preview.hasHeader ? ' with a header row.' : ' without a header row.'}
          </p>
          {preview.problems.length ? (
            <>
              <h4>Lines that will be skipped</h4>
              <ul class="bad-lines">{preview.problems.map((p) => <li key={p.line}>Line {p.line}: {p.reason}</li>)}</ul>
            </>
          ) : null}
          {preview.deck.cards.length ? (
            <div class="table-scroll" tabIndex={0} role="region" aria-label="Cards to import">
              <table>
                <thead><tr><th scope="col">Term</th><th scope="col">Definition</th><th scope="col">Wrong answers</th></tr></thead>
                <tbody>
                  {preview.deck.cards.map((c) => (
                    <tr key={c.id}><td>{c.prompt}</td><td>{c.answer}</td><td>{c.distractors?.join(' · ') ?? ''}</td></tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <p class="actions">
            <button type="button" class="button primary" disabled={!preview.deck.cards.length} onClick={() => void save()}>
              Import {preview.deck.cards.length} cards
            </button>
            <button type="button" class="button" onClick={() => { setPreview(undefined); setFile(undefined); }}>Cancel</button>
          </p>
        </div>
      ) : null}
    </section>
  );
}
