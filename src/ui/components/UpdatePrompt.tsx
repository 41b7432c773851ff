import { useEffect, useState } from 'preact/hooks';
import type { UpdateGate } from '../../app/update-gate';

/** "Ready to work offline" once, and "Update available — Reload" when the gate allows it. */
export function UpdatePrompt({ gate }: { gate: UpdateGate }) {
  const [state, setState] = useState(gate.state());
  useEffect(() => gate.subscribe(() => setState(gate.state())), [gate]);
  useEffect(() => {
    if (!state.offlineReady) return;
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
      ) : null}
    </div>
  );
}
