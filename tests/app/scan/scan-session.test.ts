import { describe, expect, it } from 'vitest';
import { createScanSession, REPEAT_AFTER_MS, type ScanEvent, type SubmitOutcome } from '../../../src/app/scan/scan-session';

/** A session whose submissions accept each value once, as the class would, and record what was asked. */
function session(rule: (value: string, accepted: Set<string>) => SubmitOutcome = (value, accepted) =>
  (accepted.has(value) ? { ok: false, message: `${value} is already entered.` } : (accepted.add(value), { ok: true, message: `Added ${value}.` }))) {
  const accepted = new Set<string>();
  const submitted: string[] = [];
  const events: ScanEvent[] = [];
  const s = createScanSession(async (value) => { submitted.push(value); return rule(value, accepted); }, (e) => events.push(e));
  return { s, submitted, events };
}

describe('continuous scanning', () => {
  it('submits a code held steady in front of the camera once', async () => {
    const { s, submitted, events } = session();
    for (let t = 0; t < 5000; t += 120) s.see(['AAAA-1111'], t);
    await s.settled();
    expect(submitted).toEqual(['AAAA-1111']);
    expect(events).toEqual([{ value: 'AAAA-1111', ok: true, message: 'Added AAAA-1111.', collected: 1 }]);
  });

  it('submits a code again once it was out of sight, and the rule refuses it: it is not counted twice', async () => {
    const { s, submitted, events } = session();
    s.see(['AAAA-1111'], 0);
    s.see(['BBBB-2222'], 1000);
    s.see(['AAAA-1111'], REPEAT_AFTER_MS - 1);
    s.see(['AAAA-1111'], 2 * REPEAT_AFTER_MS);
    await s.settled();
    expect(submitted).toEqual(['AAAA-1111', 'BBBB-2222', 'AAAA-1111']);
    expect(events.map((e) => [e.ok, e.collected])).toEqual([[true, 1], [true, 2], [false, 2]]);
    expect(s.collected).toBe(2);
  });

  it('submits codes one at a time, in the order they were seen', async () => {
    const order: string[] = [];
    let running = 0;
    const s = createScanSession(async (value) => {
      running += 1;
      expect(running).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, value === 'A' ? 20 : 1));
      order.push(value);
      running -= 1;
      return { ok: true, message: value };
    }, () => undefined);
    s.see(['A', 'B'], 0);
    s.see(['C'], 10);
    await s.settled();
    expect(order).toEqual(['A', 'B', 'C']);
  });

  it('reports a submission that failed as not added, and goes on with the next', async () => {
    const events: ScanEvent[] = [];
    const s = createScanSession(async (value) => { if (value === 'A') throw new Error('quota'); return { ok: true, message: 'ok' }; }, (e) => events.push(e));
    s.see(['A', 'B'], 0);
    await s.settled();
    expect(events.map((e) => [e.value, e.ok, e.collected])).toEqual([['A', false, 0], ['B', true, 1]]);
    expect(events[0]!.message).toMatch(/Nothing was stored for it/);
  });

  it('ignores empty readings', async () => {
    const { s, submitted } = session();
    s.see(['', '   '], 0);
    await s.settled();
    expect(submitted).toEqual([]);
  });
});
