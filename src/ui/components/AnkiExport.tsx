import { useState } from 'preact/hooks';
import { apkgPath } from '../../domain/anki/package-path';
import { downloadFile } from '../download';
import { useServices } from '../services-context';

/**
 * Take decks to Anki: any deck as Anki's text format (written here from the deck, which loads from
 * the precache offline), a shipped deck also as the Anki package the build made (a precached static
 * file). The text writer loads on the first click, with the CSV reader's chunk, not before.
 */
export function AnkiExport() {
  const services = useServices();
  const { catalog } = services;
  const [error, setError] = useState<string>();
  const exportText = async (deckId: string) => {
    setError(undefined);
    try {
      const [deck, { ankiText, ankiTextFileName }] = await Promise.all([catalog.load(deckId), import('../../domain/anki/text-export')]);
      downloadFile(ankiTextFileName(deck), new Blob([ankiText(deck)], { type: 'text/plain;charset=utf-8' }));
    } catch (e) {
      setError(`The deck could not be exported: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <section aria-labelledby="anki-export-title" class="panel anki-export">
      <h2 id="anki-export-title">Study a deck in Anki</h2>
      <p class="help">
        One Anki note per card, and one per "which side?" exercise, with its explanation and source; tags name the topic and
        the kind. Cards Anki has no form for (true or false, both sides, put in order) come as basic notes with the answer
        written out. Importing a newer version into Anki updates the notes in place and keeps your Anki reviews. The Anki
        package has note types of its own; the text file (Anki 2.1.54 or later) goes into Anki's Basic type.
      </p>
      <ul class="anki-export-list">
        {catalog.summaries.map((deck) => (
          // The buttons are described by the deck's title, not named after it: a link named "Actors" stays the deck's own.
          <li key={deck.id} data-anki-deck={deck.id}>
            <span class="anki-export-title" id={`anki-export-${deck.id}`}>{deck.title}</span>
            <span class="actions">
              {catalog.isImported(deck.id) ? null : (
                <a class="button" href={`/${apkgPath(deck.id)}`} download aria-describedby={`anki-export-${deck.id}`}>Anki package (.apkg)</a>
              )}
              <button type="button" class="button" onClick={() => void exportText(deck.id)} aria-describedby={`anki-export-${deck.id}`}>Anki text file</button>
            </span>
          </li>
        ))}
      </ul>
      {error ? <p role="alert">{error}</p> : null}
    </section>
  );
}
