import { describe, expect, it } from 'vitest';
import { rebuildFromLog } from '../../../src/domain/backup/rebuild';
import { createReplay } from '../../../src/domain/scheduler';
import { LEECH_LAPSES, type Grade } from '../../../src/domain/memory';
import { DAY, rateAll, sampleData, T0 } from './helpers';

const replay = createReplay({ desiredRetention: 0.9, fuzz: false });
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('rebuilding a backup\'s memories from its review log', () => {
  it('gives an honest file back exactly as it was, key order included', () => {
    const data = sampleData();
    const { data: rebuilt, recomputed } = rebuildFromLog(copy(data), replay);
    expect(recomputed).toEqual([]);
    expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(data));
  });

  it('keeps the elapsed days an older version saved, without counting the memory as recomputed', () => {
    const data = sampleData();
    for (const memory of data.memories) memory.elapsedDays = 2;
    const { data: rebuilt, recomputed } = rebuildFromLog(copy(data), replay);
    expect(recomputed).toEqual([]);
    expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(data));
  });

  it('replaces a memory whose reps, lapses, due date or stability the log does not bear out', () => {
    const data = sampleData();
    const honest = copy(data.memories);
    const forged = data.memories.find((m) => m.cardId === 'act-001')!;
    Object.assign(forged, { reps: 9, lapses: 0, due: T0 + 3000 * DAY, stability: 3000, scheduledDays: 3000, state: 2 });
    const { data: rebuilt, recomputed } = rebuildFromLog(data, replay);
    expect(recomputed).toEqual(['act-001']);
    expect(rebuilt.memories).toEqual(honest);
  });

  it('rebuilds the log rows\' memories too, so an undo restores what the ratings made', () => {
    const data = sampleData();
    const honest = copy(data.reviews);
    data.reviews[2]!.before = { ...data.reviews[2]!.before!, reps: 40, due: T0 + 900 * DAY };
    data.reviews[2]!.after = { ...data.reviews[2]!.after, difficulty: 1 };
    const { data: rebuilt, recomputed } = rebuildFromLog(data, replay);
    expect(recomputed).toEqual(['act-001']);
    expect(rebuilt.reviews).toEqual(honest);
  });

  it('rebuilds a memory missing from the file from its ratings', () => {
    const data = sampleData();
    const honest = copy(data.memories);
    data.memories = data.memories.filter((m) => m.cardId !== 'act-002');
    const { data: rebuilt, recomputed } = rebuildFromLog(data, replay);
    expect(recomputed).toEqual(['act-002']);
    expect(rebuilt.memories).toEqual(expect.arrayContaining(honest));
    expect(rebuilt.memories).toHaveLength(2);
  });

  it('takes suspension from the file, as the learner left it: a suspended card stays so, an unsuspended leech stays unsuspended', () => {
    // Easy takes a new card to review; each Again after is a lapse, Good brings it back.
    const ratings = [{ id: 'r-0', cardId: 'act-001', time: T0, grade: 4 as Grade }, ...Array.from({ length: LEECH_LAPSES }, (_, i) => [
      { id: `r-${i}a`, cardId: 'act-001', time: T0 + (i + 1) * 20 * DAY, grade: 1 as Grade },
      { id: `r-${i}b`, cardId: 'act-001', time: T0 + (i + 1) * 20 * DAY + 5 * DAY, grade: 3 as Grade },
    ]).flat()];
    const leech = rateAll(ratings);
    expect(leech.memories[0]!.suspended).toBe(true);
    const file = { memories: leech.memories, reviews: leech.reviews };
    expect(rebuildFromLog(copy(file), replay)).toEqual({ data: file, recomputed: [] });

    const { suspended: _, ...unsuspended } = leech.memories[0]!;
    const back = rebuildFromLog({ ...copy(file), memories: [unsuspended] }, replay);
    expect(back.data.memories).toEqual([unsuspended]);
    expect(back.recomputed).toEqual([]);

    const few = rateAll([{ id: 'a', cardId: 'act-002', time: T0, grade: 3 }]);
    const suspended = { ...few.memories[0]!, suspended: true };
    expect(rebuildFromLog({ ...few, memories: [suspended] }, replay).data.memories).toEqual([suspended]);
  });

  it('replays with the retention it is given: a file rated under another retention is rescheduled, not refused', () => {
    const data = sampleData();
    const { data: rebuilt, recomputed } = rebuildFromLog(copy(data), createReplay({ desiredRetention: 0.8, fuzz: false }));
    const before = data.memories.find((m) => m.cardId === 'act-001')!;
    const after = rebuilt.memories.find((m) => m.cardId === 'act-001')!;
    expect(recomputed).toContain('act-001');
    expect(after.due).toBeGreaterThan(before.due);
    // What the ratings alone decide does not depend on the retention.
    expect({ ...after, due: 0, scheduledDays: 0 }).toEqual({ ...before, due: 0, scheduledDays: 0 });
  });

  it('orders each card\'s ratings by time, whatever order the file lists them in', () => {
    const data = sampleData();
    const shuffled = { ...copy(data), reviews: copy([data.reviews[2]!, data.reviews[0]!, data.reviews[1]!]) };
    const { data: rebuilt } = rebuildFromLog(shuffled, replay);
    expect(rebuilt.memories).toEqual(data.memories);
    expect(rebuilt.reviews.map((r) => r.id)).toEqual(['r3', 'r1', 'r2']);
    expect(rebuilt.reviews[0]).toEqual(data.reviews[2]);
  });
});
