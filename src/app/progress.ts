/** The Progress screen's figures, read with indexes: all memories, and only the log's last 26 weeks. */
import { TOPICS, type Topic } from '../domain/deck/types';
import { DAY } from '../domain/interval';
import { dailyActivity, dueForecast, mastery, trueRetention, type DayActivity, type LoggedRating } from '../domain/statistics';
import { startOfDay } from '../domain/study-queue';
import type { Services } from './services';
import { countStreak } from './today';

export const FORECAST_DAYS = 30;
export const CALENDAR_WEEKS = 26;

export interface ProgressView {
  todayStart: number;
  forecast: number[];
  retention: { rate: number | undefined; count: number; desired: number };
  mastery: { topic: Topic; mastered: number; total: number }[];
  activity: DayActivity[];
  streak: number;
  totalReviews: number;
}

export async function loadProgress(services: Services): Promise<ProgressView> {
  const { progress, catalog, clock } = services;
  const now = clock.now();
  const todayStart = startOfDay(now, clock.timezoneOffset(now));
  const calendarDays = CALENDAR_WEEKS * 7;
  const [memories, recent, settings, totalReviews, { streak }] = await Promise.all([
    progress.all(),
    progress.reviewsSince(todayStart - (calendarDays - 1) * DAY),
    services.settings.load(),
    progress.reviewCount(),
    countStreak(services, todayStart),
  ]);
  const ratings: LoggedRating[] = recent.map((r) => ({
    time: r.time, grade: r.grade, source: r.source, ...(r.before ? { stateBefore: r.before.state } : {}),
  }));
  // Retired cards may still have memories; only the cards the decks ship count.
  const live = new Set(catalog.summaries.flatMap((d) => d.cardIds));
  const shipped = memories.filter((m) => live.has(m.cardId));
  const byId = new Map(shipped.map((m) => [m.cardId, m]));
  const activity = dailyActivity(ratings, todayStart, calendarDays);
  return {
    todayStart,
    forecast: dueForecast(shipped, todayStart, FORECAST_DAYS),
    retention: { ...trueRetention(ratings, now - 30 * DAY), desired: settings.desiredRetention },
    mastery: TOPICS.map((topic) => ({
      topic,
      ...mastery(catalog.summaries.filter((d) => d.topic === topic).flatMap((d) => d.cardIds), byId),
    })),
    activity,
    streak,
    totalReviews,
  };
}
