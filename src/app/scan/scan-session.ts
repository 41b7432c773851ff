/**
 * Continuous scanning: codes held up one after another, each seen in many frames in a row. What a
 * code means is decided where a typed code's is (addResultCodes, through the submit function); this
 * only decides when a value seen by the camera is submitted, in what order, and keeps the count.
 */

/**
 * A value is submitted when first seen, and again only once it has been out of sight this long:
 * a phone held steady is one submission, and the same phone shown again a few seconds later is
 * submitted again, so the teacher hears and reads that it was already collected.
 */
export const REPEAT_AFTER_MS = 3000;

export interface SubmitOutcome {
  ok: boolean;
  message: string;
}

export interface ScanEvent extends SubmitOutcome {
  /** The value as the camera read it. */
  value: string;
  /** Codes accepted in this scanning session so far, this one included. */
  collected: number;
}

export interface ScanSession {
  /** The values read from one frame, at `now` (ms). */
  see(values: readonly string[], now: number): void;
  readonly collected: number;
  /** Settles when every submission made so far has been reported. */
  settled(): Promise<void>;
}

const FAILED: SubmitOutcome = { ok: false, message: 'This code could not be added. Nothing was stored for it; show it again or type it.' };

/**
 * Submissions run one at a time, in the order the codes were seen, so each sees the class as the one
 * before left it (two codes of one student in a row: the second is refused, never both kept).
 */
export function createScanSession(submit: (value: string) => Promise<SubmitOutcome>, report: (event: ScanEvent) => void): ScanSession {
  const lastSeen = new Map<string, number>();
  let collected = 0;
  let queue = Promise.resolve();
  return {
    see(values, now) {
      for (const raw of values) {
        const value = raw.trim();
        if (!value) continue;
        const before = lastSeen.get(value);
        lastSeen.set(value, now);
        if (before !== undefined && now - before < REPEAT_AFTER_MS) continue;
        queue = queue.then(async () => {
          const outcome = await submit(value).catch(() => FAILED);
          if (outcome.ok) collected += 1;
          report({ value, ok: outcome.ok, message: outcome.message, collected });
        });
      }
    },
    get collected() { return collected; },
    settled: () => queue,
  };
}
