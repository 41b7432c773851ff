import { useEffect, useRef, useState } from 'preact/hooks';
import { saveSettings } from '../../app/settings';
import { useServices } from '../services-context';
import './first-visit.css';

/**
 * What a first-time learner needs to know, said once: it is stored as shown the moment it appears,
 * so the next visit goes straight to the cards. "Got it" puts it away now.
 */
export function FirstVisit() {
  const services = useServices();
  const [open, setOpen] = useState(true);
  const stored = useRef(false);
  useEffect(() => {
    if (stored.current) return;
    stored.current = true;
    void saveSettings(services, { introSeenAt: services.clock.now() }).catch(() => undefined);
  }, []);
  if (!open) return null;
  return (
    <section class="first-visit" aria-labelledby="first-visit-title" data-testid="first-visit">
      <h2 id="first-visit-title">Welcome to Faultlines</h2>
      <ul>
        <li>It teaches the Iran–Azerbaijan relationship after the 2025 Iran–Israel war: the actors, the corridors, the alignments and the flashpoints, with flashcards that come back just before you would forget them.</li>
        <li>It works offline, and everything you do stays on this device: no account, nothing sent anywhere.</li>
        <li>Keys: <kbd>Space</kbd> shows the answer, <kbd>1</kbd>–<kbd>4</kbd> rate it (Again, Hard, Good, Easy); in a quiz <kbd>1</kbd>–<kbd>4</kbd> or <kbd>A</kbd>–<kbd>D</kbd> answer and <kbd>Enter</kbd> goes on.</li>
        <li>Teaching a class? The Classroom is in the menu (under More on a phone): a quiz to present on a projector, share as a link or print.</li>
      </ul>
      <p><button type="button" class="button" onClick={() => setOpen(false)}>Got it</button></p>
    </section>
  );
}
