import { useState } from 'preact/hooks';
import { AnkiExport } from '../components/AnkiExport';
import { BackupPanel } from '../components/BackupPanel';
import { DeckList } from '../components/DeckList';
import { ImportDeck } from '../components/ImportDeck';
import { Leeches } from '../components/Leeches';
import '../components/library.css';

/** The decks (shipped and imported), leeches, importing a deck of your own, taking decks to Anki, and backup. */
export function Library() {
  // Bumped when a deck is imported or deleted, so the list re-reads the catalogue.
  const [decksChanged, setDecksChanged] = useState(0);
  return (
    <>
      <h1>Library</h1>
      <DeckList key={decksChanged} onDeleted={() => setDecksChanged((n) => n + 1)} />
      <Leeches />
      <ImportDeck onImported={() => setDecksChanged((n) => n + 1)} />
      <AnkiExport key={decksChanged} />
      <BackupPanel onRestored={() => setDecksChanged((n) => n + 1)} />
    </>
  );
}

