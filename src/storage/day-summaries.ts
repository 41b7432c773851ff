/**
 * Keeping the day summaries (schema's `days`) right. Every write to `reviews`, and every change to a
 * quiz's answers, calls one of these inside its own transaction, so a summary never disagrees with
 * the log it counts. Only this transaction's requests are awaited.
 */
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { OffsetOf } from '../domain/calendar';
import { applyLogChange, daysTouched, summariseLog, type LogChange, type SummarisedAnswer, type SummarisedRating } from '../domain/day-summary';
import type { FaultlinesSchema } from './schema';

type DaysStore<Stores extends ArrayLike<StoreNames<FaultlinesSchema>>> = IDBPObjectStore<FaultlinesSchema, Stores, 'days', 'readwrite'>;

/** Applies a change of the log to the summaries of the days it touches, and to the total. */
export async function updateSummaries<Stores extends ArrayLike<StoreNames<FaultlinesSchema>>>(
  days: DaysStore<Stores>, offsetOf: OffsetOf, change: LogChange,
): Promise<void> {
  const touched = daysTouched(change, offsetOf);
  if (touched.length === 0) return;
  const stored = await Promise.all(touched.map((day) => days.get(day)));
  const next = applyLogChange(change, offsetOf, new Map(touched.map((day, i) => [day, stored[i]])));
  await Promise.all([...next].map(([day, summary]) => (summary ? days.put(summary) : days.delete(day))));
}

/** Replaces every summary with a recount of the given log: for a restore, which replaces the log. */
export async function replaceSummaries<Stores extends ArrayLike<StoreNames<FaultlinesSchema>>>(
  days: DaysStore<Stores>, offsetOf: OffsetOf, ratings: Iterable<SummarisedRating>, answers: Iterable<SummarisedAnswer>,
): Promise<void> {
  await days.clear();
  await Promise.all([...summariseLog(ratings, answers, offsetOf).values()].map((summary) => days.put(summary)));
}
