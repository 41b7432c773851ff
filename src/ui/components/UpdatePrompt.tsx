import { useEffect, useState } from 'preact/hooks';
import type { UpdateGate } from '../../app/update-gate';

/**
 * "Ready to work offline" for a few seconds, and "Update available — Reload" when the gate allows
 * it: in the header's flow (App), so neither covers a control. Once gone from sight, "Ready to work
 * offline" stays in the live region, visually hidden, for a screen reader to find.
 */
export function UpdatePrompt({ gate }: { gate: UpdateGate }) {
  const [state, setState] = useState(gate.state());
  const [wasReady, setWasReady] = useState(false);
  useEffect(() => gate.subscribe(() => setState(gate.state())), [gate]);
  useEffect(() => {
    if (!state.offlineReady) return;
    setWasReady(true);
    const timer = setTimeout(() => gate.dismissOfflineReady(), 6000);
    return () => clearTimeout(timer);
  }, [state.offlineReady]);
  // data-update-waiting tells "held back during a session" from "not heard of yet", which look
  // alike on screen; the browser test of "never mid-session" waits for it.
  return (
    <div class="snackbars" role="status" aria-live="polite" data-update-waiting={state.updateWaiting ? '' : undefined}>
      {state.showUpdate ? (
        <div class="snackbar" data-testid="update-prompt">
          <span>Update available.</span>
          <button type="button" class="button primary" onClick={() => void gate.apply()}>Reload</button>
        </div>
      ) : null}
      {state.offlineReady ? (
        <div class="snackbar" data-testid="offline-ready">
          <span>Ready to work offline.</span>
          <button type="button" class="button subtle" onClick={() => gate.dismissOfflineReady()}>OK</button>
        </div>
      ) : wasReady ? <span class="visually-hidden" data-testid="offline-ready-said">Ready to work offline.</span> : null}
    </div>
  );
}
