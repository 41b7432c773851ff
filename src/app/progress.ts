/** The Progress screen's figures: all memories, and the summaries of the last 26 weeks' days (never the log itself). */
import { TOPICS, type Topic } from '../domain/deck/types';
import { addDays, dayKey, daysEndingWith, startOfDayKey } from '../domain/calendar';
import { dailyActivity, dueForecast, mastery, trueRetention, type DayActivity } from '../domain/statistics';
import type { Services } from './services';
import { countStreak } from './today';

export const FORECAST_DAYS = 30;
export const CALENDAR_WEEKS = 26;

export interface ProgressView {
  todayStart: number;
  forecast: number[];
  /** The start of each forecast day (local midnight), for its label. */
  forecastDays: number[];
  retention: { rate: number | undefined; count: number; desired: number };
  mastery: { topic: Topic; mastered: number; total: number }[];
  activity: DayActivity[];
  streak: number;
  totalReviews: number;
}

export async function loadProgress(services: Services): Promise<ProgressView> {
  const { progress, catalog, clock } = services;
  const now = clock.now();
  const offsetOf = (t: number) => clock.timezoneOffset(t);
  const today = dayKey(now, offsetOf);
  const todayStart = startOfDayKey(today, offsetOf);
  const calendarDays = CALENDAR_WEEKS * 7;
  const [memories, summaries, settings, totalReviews, { streak }] = await Promise.all([
    progress.all(),
    progress.daySummaries(addDays(today, 1 - calendarDays), today),
    services.settings.load(),
    progress.reviewCount(),
    countStreak(services, today),
  ]);
  const last30 = addDays(today, -29);
  // Retired cards may still have memories; only the cards the decks ship count.
  const live = new Set(catalog.summaries.flatMap((d) => d.cardIds));
  const shipped = memories.filter((m) => live.has(m.cardId));
  const byId = new Map(shipped.map((m) => [m.cardId, m]));
  const activity = dailyActivity(summaries, today, calendarDays, offsetOf);
  return {
    todayStart,
    forecast: dueForecast(shipped, today, FORECAST_DAYS, offsetOf),
    forecastDays: daysEndingWith(addDays(today, FORECAST_DAYS - 1), FORECAST_DAYS).map((key) => startOfDayKey(key, offsetOf)),
    // The last 30 local days, today included.
    retention: { ...trueRetention(summaries.filter((d) => d.day >= last30)), desired: settings.desiredRetention },
    mastery: TOPICS.map((topic) => ({
      topic,
      ...mastery(catalog.summaries.filter((d) => d.topic === topic).flatMap((d) => d.cardIds), byId),
    })),
    activity,
    streak,
    totalReviews,
  };
}
