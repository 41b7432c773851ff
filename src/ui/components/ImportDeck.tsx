import { useState } from 'preact/hooks';
import { saveImportedDeck } from '../../app/custom-decks';
import { importOptions, previewCsv } from '../../app/csv-import';
import { ATTEMPTS, explainError, type Explanation } from '../../app/storage-errors';
import type { AnkiCollection, AnkiImport } from '../../app/anki-import';
import type { CsvImport } from '../../domain/deck/import-csv';
import { decodeTextFile, decodeWindows1252, type TextFileEncoding } from '../../domain/deck/text-file';
import { useServices } from '../services-context';
import { ProblemNotice } from './ProblemNotice';

interface ChosenFile { name: string; text: string; encoding: TextFileEncoding }
/** An Anki package, read once; its preview is made again when the deck name changes. */
interface ChosenPackage { name: string; collection: AnkiCollection; module: typeof import('../../app/anki-import') }

type Preview = { from: 'csv'; result: CsvImport } | { from: 'anki'; result: AnkiImport };

/**
 * Import a CSV/TSV deck or an Anki package: choose a file, see every card and every bad line, then
 * save — nothing is written before the learner agrees. Card text stays text: it is never rendered
 * as HTML. The Anki reader (SQLite as WebAssembly) loads only when a package is chosen.
 */
export function ImportDeck({ onImported }: { onImported(): void }) {
  const services = useServices();
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<ChosenFile>();
  const [pack, setPack] = useState<ChosenPackage>();
  const [reading, setReading] = useState(false);
  /** A file that is not UTF-8, kept as bytes until the learner says how to read it. */
  const [notUtf8, setNotUtf8] = useState<{ name: string; bytes: Uint8Array; line: number }>();
  const [preview, setPreview] = useState<Preview>();
  const [error, setError] = useState<Explanation>();
  const [saved, setSaved] = useState<string>();

  const choose = async (input: HTMLInputElement) => {
    setError(undefined); setSaved(undefined); setPreview(undefined); setNotUtf8(undefined); setFile(undefined); setPack(undefined);
    const chosen = input.files?.[0];
    if (!chosen) return;
    // Not chosen.text(): it turns every byte that is not UTF-8 into "�" without a word.
    const bytes = new Uint8Array(await chosen.arrayBuffer());
    if (/\.apkg$/i.test(chosen.name)) { await choosePackage(chosen.name, bytes); return; }
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
  const choosePackage = async (name: string, bytes: Uint8Array) => {
    setReading(true);
    try {
      const module = await import('../../app/anki-import');
      const read = await module.readAnkiPackage(bytes);
      if (!read.ok) { setError({ message: `${name}: ${read.error} Nothing was imported.` }); return; }
      const next = { name, collection: read.collection, module };
      setPack(next);
      showPackage(next, title);
    } catch (e) {
      // The reader failed to load (offline before it was cached, say): nothing was read, so nothing changed.
      setError({ message: `${name}: The Anki reader could not be loaded (${e instanceof Error ? e.message : String(e)}). Nothing was imported.` });
    } finally {
      setReading(false);
    }
  };
  const show = (f: ChosenFile, t: string) => {
    const result = previewCsv(services, f, t);
    if ('error' in result) { setError({ message: `${f.name}: ${result.error} Nothing was imported.` }); setPreview(undefined); }
    else setPreview({ from: 'csv', result });
  };
  const showPackage = (p: ChosenPackage, t: string) => {
    const result = p.module.previewAnki(p.collection, importOptions(services, p.name, t));
    if ('error' in result) { setError({ message: `${p.name}: ${result.error} Nothing was imported.` }); setPreview(undefined); }
    else setPreview({ from: 'anki', result });
  };
  const cancel = () => { setPreview(undefined); setFile(undefined); setPack(undefined); };
  const save = async () => {
    if (!preview) return;
    const { deck } = preview.result;
    setError(undefined);
    try {
      await saveImportedDeck(services, deck);
      setSaved(`Imported "${deck.title}" with ${deck.cards.length} cards.`);
      cancel(); setTitle('');
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
        row (term, definition, distractors, explanation, tags) is recognised. Or an Anki deck package
        (<code>.apkg</code>): its basic and cloze notes become cards.
      </p>
      <label for="import-file">File</label>
      <input id="import-file" type="file" accept=".csv,.tsv,.txt,.apkg,text/csv,text/tab-separated-values,text/plain" onChange={(e) => void choose(e.currentTarget)} />
      <label for="import-name">Deck name (optional)</label>
      <input id="import-name" type="text" value={title} onInput={(e) => { setTitle(e.currentTarget.value); if (file) show(file, e.currentTarget.value); if (pack) showPackage(pack, e.currentTarget.value); }} />
      {reading ? <p role="status" aria-busy="true">Reading the Anki package…</p> : null}
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
      {preview ? <ImportPreview preview={preview} encoding={file?.encoding} onSave={() => void save()} onCancel={cancel} /> : null}
    </section>
  );
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What will be imported and what will not, for either kind of file; nothing is written until Import. */
function ImportPreview({ preview, encoding, onSave, onCancel }: { preview: Preview; encoding: TextFileEncoding | undefined; onSave(): void; onCancel(): void }) {
  const { deck, problems } = preview.result;
  const unit = preview.from === 'anki' ? 'Note' : 'Line';
  return (
    <div class="preview" data-testid="import-preview">
      <h3>{plural(deck.cards.length, 'card')}{problems.length ? `, ${plural(problems.length, `bad ${unit.toLowerCase()}`)}` : ''}</h3>
      {preview.from === 'csv' ? (
        <p class="muted">
          {encoding === 'windows-1252' ? 'Read as Windows-1252 (Western European) text, ' : 'Read as '}
          {preview.result.separator === '\t' ? 'tab' : preview.result.separator === ',' ? 'comma' : 'semicolon'}-separated,
          {preview.result.ankiHeaders ? " with Anki's file headers." : preview.result.hasHeader ? ' with a header row.' : ' without a header row.'}
        </p>
      ) : <AnkiNotes result={preview.result} />}
      {problems.length ? (
        <>
          <h4>{unit}s that will be skipped</h4>
          <ul class="bad-lines">{problems.map((p, i) => <li key={i}>{unit} {p.line}: {p.reason}</li>)}</ul>
        </>
      ) : null}
      {deck.cards.length ? (
        <div class="table-scroll" tabIndex={0} role="region" aria-label="Cards to import">
          <table>
            <thead><tr><th scope="col">Term</th><th scope="col">Definition</th><th scope="col">Wrong answers</th></tr></thead>
            <tbody>
              {deck.cards.map((c) => (
                <tr key={c.id}><td class="pre-line">{c.prompt}</td><td class="pre-line">{c.answer}</td><td>{c.distractors?.join(' · ') ?? ''}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p class="actions">
        <button type="button" class="button primary" disabled={!deck.cards.length} onClick={onSave}>
          Import {deck.cards.length} cards
        </button>
        <button type="button" class="button" onClick={onCancel}>Cancel</button>
      </p>
    </div>
  );
}

/** What an Anki package gives and what it keeps: the note types we have no form for, media, scheduling. */
function AnkiNotes({ result }: { result: AnkiImport }) {
  return (
    <ul class="muted anki-notes" data-testid="anki-notes">
      <li>Read {plural(result.notes, 'note')} from an Anki package ({result.file}).</li>
      {result.otherTypes.map((t) => (
        <li key={t.name}>
          {plural(t.notes, 'note')} of the type “{t.name}” ({t.fields.join(', ')}) {t.notes === 1 ? 'is' : 'are'} imported as basic
          cards from the first two fields{t.fields.length >= 2 ? `, ${t.fields[0]} and ${t.fields[1]}` : ''}
          {t.explanationField ? `, with ${t.explanationField} as the explanation` : ''}; the other fields are left out.
        </li>
      ))}
      <li>
        Pictures and sounds are not imported
        {result.mediaNotes || result.mediaFiles
          ? ` (${[
            result.mediaNotes ? `${plural(result.mediaNotes, 'note')} ${result.mediaNotes === 1 ? 'shows or plays' : 'show or play'} one` : '',
            result.mediaFiles ? `the package carries ${plural(result.mediaFiles, 'media file')}` : '',
          ].filter(Boolean).join('; ')}): the text of those notes is.`
          : '.'}
      </li>
      <li>Anki's scheduling is not imported: the cards start as new cards here, and your reviews stay in Anki.</li>
    </ul>
  );
}
