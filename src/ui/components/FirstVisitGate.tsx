import { useAsync } from '../use-async';
import { loadSettings } from '../../app/settings';
import { useServices } from '../services-context';

/**
 * Today's first-visit introduction, once: the settings say whether it was shown, and only then is
 * its code fetched (a chunk of its own, nothing in the first load but this gate).
 */
export function FirstVisitGate() {
  const services = useServices();
  const intro = useAsync(async () => ((await loadSettings(services)).introSeenAt === undefined ? (await import('./FirstVisit')).FirstVisit : null), []);
  if (intro.status !== 'ready') return null;
  // Tells "shown before" from "not read yet", which look alike, so a browser test can wait for it.
  if (!intro.value) return <div hidden data-testid="no-first-visit" />;
  const FirstVisit = intro.value;
  return <FirstVisit />;
}
