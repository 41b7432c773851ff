/**
 * Spaced follow-ups of a class: a class quiz of its own (shared, presented and collected like any
 * other), made of the questions the class missed most, with the days it is suggested for. The
 * follow-up's record carries a link to its class, so each finds the other later, on this device
 * or, through backup and sync, on another.
 */
import {
  chooseFollowUp, classroomQuiz, followUpDays, followUpSpec, localDay, quizIdOf, readFollowUpLink, validateSpec,
  type FollowUpChoice, type FollowUpLink,
} from '../domain/classroom';
import type { ClassSessionRecord } from '../domain/records';
import { classSummary, type LoadedClass } from './classroom';
import type { Services } from './services';

export interface FollowUpPlan extends FollowUpChoice {
  /** The class's day, YYYY-MM-DD in local time: the day of its first result (or, with none yet, the day it was made). */
  classDay: string;
  /** One week and three weeks after the class. */
  days: string[];
}

export interface FollowUpInfo {
  id: string;
  title: string;
  link: FollowUpLink;
  days: string[];
}

/** The link a class keeps to the class it follows up, if it is a follow-up. */
export const followUpLinkOf = (record: ClassSessionRecord): FollowUpLink | undefined => readFollowUpLink(record.followUp);

function classDayOf(services: Services, record: ClassSessionRecord): string {
  // The class happens when its students get their codes; the quiz may have been made days before.
  const first = record.students.reduce((min, s) => Math.min(min, s.addedAt), Infinity);
  const time = Number.isFinite(first) ? first : record.createdAt;
  return localDay(time, services.clock.timezoneOffset(time));
}

/** What a follow-up of this class would ask, and when. */
export function planFollowUp(services: Services, loaded: LoadedClass): FollowUpPlan {
  const choice = chooseFollowUp(loaded.quiz, classSummary(loaded));
  const classDay = classDayOf(services, loaded.record);
  return { ...choice, classDay, days: followUpDays(classDay) };
}

/** Makes and stores the follow-up of a class (one with results); returns its id. */
export async function createFollowUp(services: Services, loaded: LoadedClass, seed: string): Promise<string> {
  if (loaded.record.students.length === 0) throw new Error('A follow-up is made from the class\'s results: add some first.');
  const plan = planFollowUp(services, loaded);
  if (plan.cardIds.length === 0) throw new Error('This class has no question that can be asked again on its own.');
  const checked = validateSpec(followUpSpec(loaded.spec, plan.cardIds, seed));
  if (!checked.ok) throw new Error(checked.error);
  const made = classroomQuiz(checked.spec, await services.catalog.all());
  if (!made.ok) throw new Error(made.error);
  const now = services.clock.now();
  const link: FollowUpLink = { of: loaded.record.id, ofTitle: loaded.spec.title, classDay: plan.classDay, questions: plan.questions.map((q) => q.number) };
  const record: ClassSessionRecord = {
    id: `${quizIdOf(checked.spec)}-${now.toString(36)}`,
    spec: checked.spec,
    title: checked.spec.title,
    createdAt: now,
    students: [],
    followUp: link,
  };
  await services.classes.save(record);
  return record.id;
}

/** The follow-ups made of a class, oldest first. */
export async function followUpsOf(services: Services, classId: string): Promise<FollowUpInfo[]> {
  return (await services.classes.all()).flatMap((record) => {
    const link = followUpLinkOf(record);
    return link?.of === classId ? [{ id: record.id, title: record.title, link, days: followUpDays(link.classDay) }] : [];
  }).reverse();
}
