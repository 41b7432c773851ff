/**
 * The page-side bridge to the service worker (as in squoosh): registers it through workbox-window,
 * reports "ready to work offline" once, and hands a waiting update to the gate instead of forcing it.
 */
import type { UpdateGate } from './update-gate';

export async function registerServiceWorker(gate: UpdateGate): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  const updateSW = registerSW({
    onNeedRefresh: () => gate.updateWaiting(applyUpdate),
    onOfflineReady: () => gate.offlineReady(),
    // We reload ourselves (below): workbox-window does not report "controlling" for a worker that
    // was found while this page was open, so its own reload would not come.
    onNeedReload: () => undefined,
  });

  async function applyUpdate(): Promise<void> {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    await updateSW(true);
  }
}
