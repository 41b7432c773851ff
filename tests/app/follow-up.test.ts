import { describe, expect, it } from 'vitest';
import { checkBackup, exportBackup, restoreBackup } from '../../src/app/backup';
import { addResultCodes, createClass, listClasses, loadClass } from '../../src/app/classroom';
import { createFollowUp, followUpLinkOf, followUpsOf, planFollowUp } from '../../src/app/follow-up';
import { encodeResultCode } from '../../src/domain/classroom';
import { createRng } from '../../src/domain/quiz/rng';
import { randomResponse, shippedDecks } from '../domain/classroom/helpers';
import { T0, testServices } from './fixtures';

const decks = shippedDecks();
const DAY = 86_400_000;

async function classWithResults(students: number) {
  const services = testServices(decks);
  const id = await createClass(services, { title: 'Class 7B', deckIds: decks.map((d) => d.id), count: 10, secondsPerQuestion: 45 }, 'follow-up');
  // The quiz is made two days before the class; the results come in on the day.
  services.clock.set(T0 + 2 * DAY);
  const loaded = await loadClass(services, id);
  const rng = createRng('answers');
  const codes = Array.from({ length: students }, (_, i) => encodeResultCode(loaded.quiz, `S${i}`, loaded.quiz.questions.map((q) => randomResponse(q, rng))));
  await addResultCodes(services, loaded, codes.join('\n'));
  return { services, id, loaded: await loadClass(services, id) };
}

describe('a follow-up quiz', () => {
  it("is a class quiz of its own, of the class's most-missed cards, stored with a link to the class and its days", async () => {
    const { services, id, loaded } = await classWithResults(12);
    const plan = planFollowUp(services, loaded);
    // T0 is 4 May 2026; the first result came in on the 6th.
    expect(plan.classDay).toBe('2026-05-06');
    expect(plan.days).toEqual(['2026-05-13', '2026-05-27']);

    services.clock.set(T0 + 3 * DAY);
    const followId = await createFollowUp(services, loaded, 'next-week');
    const follow = await loadClass(services, followId);
    expect(follow.spec).toMatchObject({ title: 'Follow-up: Class 7B', secondsPerQuestion: 45, cardIds: [...plan.cardIds].sort(), seed: 'next-week' });
    expect(follow.record.students).toEqual([]);
    expect(follow.quiz.questions.flatMap((q) => q.cardIds).every((c) => plan.cardIds.includes(c))).toBe(true);
    expect(followUpLinkOf(follow.record)).toEqual({ of: id, ofTitle: 'Class 7B', classDay: '2026-05-06', questions: plan.questions.map((q) => q.number) });

    expect(await followUpsOf(services, id)).toEqual([{ id: followId, title: 'Follow-up: Class 7B', link: followUpLinkOf(follow.record), days: plan.days }]);
    expect(await followUpsOf(services, followId)).toEqual([]);
    expect(followUpLinkOf((await loadClass(services, id)).record)).toBeUndefined();
    expect((await listClasses(services)).map((c) => c.title)).toEqual(['Follow-up: Class 7B', 'Class 7B']);
  });

  it('is refused, and nothing stored, for a class with no results yet', async () => {
    const { services, id } = await classWithResults(0);
    await expect(createFollowUp(services, await loadClass(services, id), 's')).rejects.toThrow(/add some first/);
    expect(await listClasses(services)).toHaveLength(1);
  });

  it('counts its days from the day of the class where the teacher is, not from UTC', async () => {
    const { services, loaded } = await classWithResults(3);
    const lateEvening = { ...services, clock: { ...services.clock, timezoneOffset: () => -10 * 60 } };
    // 09:00 UTC on 6 May is 19:00 in UTC+10: still the 6th; 15:00 UTC would be the 7th there.
    expect(planFollowUp(lateEvening, loaded).classDay).toBe('2026-05-06');
    const shifted = { ...loaded, record: { ...loaded.record, students: loaded.record.students.map((s) => ({ ...s, addedAt: s.addedAt + 6 * 3_600_000 })) } };
    expect(planFollowUp(lateEvening, shifted).classDay).toBe('2026-05-07');
    expect(planFollowUp(services, shifted).classDay).toBe('2026-05-06');
  });

  it('keeps its link to its class through a backup restored on another device', async () => {
    const { services, id, loaded } = await classWithResults(5);
    const followId = await createFollowUp(services, loaded, 'next-week');
    const backup = await exportBackup(services);
    const other = testServices(decks);
    other.clock.set(T0 + 5 * DAY);
    const check = await checkBackup(other, await backup.blob.text());
    if (!check.ok) throw new Error(JSON.stringify(check));
    await restoreBackup(other, check.file, 'replace');
    expect((await followUpsOf(other, id)).map((f) => [f.id, f.link.of])).toEqual([[followId, id]]);
  });
});
