import { expect, it, vi } from 'vitest';
import { createUpdateGate } from '../../src/app/update-gate';

it('shows a waiting update only while no study session is running', async () => {
  const gate = createUpdateGate();
  const apply = vi.fn(() => Promise.resolve());
  gate.sessionRunning(true);
  expect(gate.state()).toMatchObject({ updateWaiting: false, showUpdate: false });
  gate.updateWaiting(apply);
  expect(gate.state()).toMatchObject({ updateWaiting: true, showUpdate: false });
  gate.sessionRunning(false);
  expect(gate.state()).toMatchObject({ updateWaiting: true, showUpdate: true });
  await gate.apply();
  expect(apply).toHaveBeenCalledOnce();
});

it('tells its subscribers when something changes', () => {
  const gate = createUpdateGate();
  const listener = vi.fn();
  const unsubscribe = gate.subscribe(listener);
  gate.offlineReady();
  expect(gate.state().offlineReady).toBe(true);
  unsubscribe();
  gate.dismissOfflineReady();
  expect(listener).toHaveBeenCalledOnce();
});
