/** The Today screen's figures: due and new per deck, the streak, and when the next card is due. */
import type { DeckSummary } from '../domain/deck/types';
import { countDeck, startOfDay } from '../domain/study-queue';
import { DAY } from '../domain/interval';
import type { Services } from './services';
import { newCardsIntroducedSince } from './study';

export interface DeckCounts {
  deck: DeckSummary;
  due: number;
  new: number;
}

export interface TodayView {
  decks: DeckCounts[];
  due: number;
  new: number;
  /** Days in a row with at least one review, ending today (or yesterday, if not studied yet today). */
  streak: number;
  studiedToday: boolean;
  nextDue?: number;
}

export async function loadToday(services: Services): Promise<TodayView> {
  const { progress, catalog, clock } = services;
  const now = clock.now();
  const today = startOfDay(now, clock.timezoneOffset(now));
  const [settings, due, seen, introduced] = await Promise.all([
    services.settings.load(),
    progress.dueBy(now),
    progress.seenIds(),
    newCardsIntroducedSince(services, today),
  ]);
  const allowance = Math.max(0, settings.newCardsPerDay - introduced);
  const decks = catalog.summaries.map((deck) => {
    const counts = countDeck(deck.cardIds, due, seen, allowance, now);
    return { deck, ...counts };
  });
  // The allowance is shared by all decks; the total cannot exceed it.
  const totalNew = Math.min(allowance, decks.reduce((n, d) => n + d.new, 0));
  const { streak, studiedToday } = await countStreak(services, today);
  const nextDue = await progress.nextDueAfter(now);
  return {
    decks,
    due: decks.reduce((n, d) => n + d.due, 0),
    new: totalNew,
    streak,
    studiedToday,
    ...(nextDue !== undefined ? { nextDue } : {}),
  };
}

/**
 * Days in a row with at least one rating, ending today, or yesterday while today has none yet.
 * One indexed count per day, so a long history costs as many look-ups as the streak is long.
 */
export async function countStreak({ progress }: Services, todayStart: number): Promise<{ streak: number; studiedToday: boolean }> {
  const studiedToday = await progress.anyReviewBetween(todayStart, todayStart + DAY);
  let streak = studiedToday ? 1 : 0;
  for (let day = todayStart - DAY; streak < 3650; day -= DAY) {
    if (!(await progress.anyReviewBetween(day, day + DAY))) break;
    streak++;
  }
  return { streak, studiedToday };
}
