import type { Deck } from '../../domain/deck/types';
import { apkgPath } from '../../domain/anki/package-path';
import { downloadFile } from '../download';

/**
 * Take a deck to Anki: any deck as Anki's text format (made here, from the deck already loaded), a
 * shipped deck also as the Anki package the build made. Both work offline: the packages are precached.
 * The text writer loads on the click, so the deck page (and the first load's list of its files) stays as it was.
 */
export function AnkiExport({ deck, shipped }: { deck: Deck; shipped: boolean }) {
  const exportText = async () => {
    const { ankiText, ankiTextFileName } = await import('../../domain/anki/text-export');
    downloadFile(ankiTextFileName(deck), new Blob([ankiText(deck)], { type: 'text/plain;charset=utf-8' }));
  };
  return (
    <section aria-labelledby="anki-export-title" class="anki-export">
      <h2 id="anki-export-title">Study it in Anki</h2>
      <p class="help">
        One Anki note per card{deck.sorts?.length ? ' and per "which side?" exercise' : ''}, with its explanation and source.
        Cards Anki has no form for (true or false, both sides, put in order) come as basic notes with the answer written out.
        Importing a newer version into Anki updates the notes and keeps your Anki reviews.
      </p>
      <p class="actions">
        {shipped ? <a class="button primary" href={`/${apkgPath(deck.id)}`} download data-testid="anki-package">Download the Anki package (.apkg)</a> : null}
        <button type="button" class={shipped ? 'button' : 'button primary'} onClick={() => void exportText()}>Export as an Anki text file</button>
      </p>
    </section>
  );
}
