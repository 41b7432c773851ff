import { render } from 'preact';
import { createServices } from './app/services';
import { loadImportedDecks } from './app/custom-decks';
import { registerServiceWorker } from './app/service-worker';
import { App, type ConnectionProblem } from './ui/App';
import { applyTheme } from './ui/theme';
import './ui/styles.css';

const root = document.getElementById('app')!;
let connection: ConnectionProblem;
const draw = () => render(<App services={services} connection={connection} />, root);

const services = createServices({
  events: {
    onVersionChange: () => { connection = 'version-change'; draw(); },
    onBlocked: () => { connection = 'blocked'; draw(); },
  },
});

// Imported decks join the catalogue before the first screen counts cards; a failure leaves the shipped ones.
loadImportedDecks(services).catch(() => undefined).finally(() => {
  draw();
  // Sync, when it is on, starts after the first paint: the check is a chunk of its own, and sync's code another.
  void import('./app/sync-start').then((m) => m.startSyncIfOn(services));
});
services.settings.load().then((s) => applyTheme(s.theme), () => undefined);
void registerServiceWorker(services.updates);
