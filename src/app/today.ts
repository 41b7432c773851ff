/** The Today screen's figures: due and new per deck, the streak, and when the next card is due. */
import { hasUnshownNews } from '../domain/deck/changes';
import type { DeckSummary } from '../domain/deck/types';
import { dayKey, type DayKey } from '../domain/calendar';
import { buildStudyQueue, countDeck } from '../domain/study-queue';
import type { Services } from './services';
import { usedToday } from './study';

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
  /** A deck was updated since the learner last studied it, and Today has not yet said what changed (deck-changes.ts says it). */
  deckNews: boolean;
}

export async function loadToday(services: Services): Promise<TodayView> {
  const { progress, catalog, clock } = services;
  const now = clock.now();
  const today = dayKey(now, (t) => clock.timezoneOffset(t));
  // Every read at once: each is a transaction of its own, and none waits for another.
  const [settings, due, seen, used, { streak, studiedToday }, nextDue] = await Promise.all([
    services.settings.load(),
    progress.dueBy(now),
    progress.seenIds(),
    usedToday(services, today),
    countStreak(services, today),
    progress.nextDueAfter(now),
  ]);
  const allowance = Math.max(0, settings.newCardsPerDay - used.newCards);
  const decks = catalog.summaries.map((deck) => {
    const counts = countDeck(deck.cardIds, due, seen, allowance, now);
    return { deck, ...counts };
  });
  // The allowance is shared by all decks; the total cannot exceed it.
  const totalNew = Math.min(allowance, decks.reduce((n, d) => n + d.new, 0));
  // The headline counts what a session would actually bring now, with the daily review limit applied.
  const dueNow = buildStudyQueue({
    cardIds: catalog.summaries.flatMap((d) => d.cardIds),
    due, seen, newAllowance: 0, reviewAllowance: settings.maxReviewsPerDay - used.reviews, now,
  }).length;
  return {
    decks,
    due: dueNow,
    new: totalNew,
    streak,
    studiedToday,
    deckNews: hasUnshownNews(catalog.summaries, settings.seenDecks),
    ...(nextDue !== undefined ? { nextDue } : {}),
  };
}

/** Local days in a row with at least one rating, ending today, or yesterday while today has none yet. */
export function countStreak({ progress }: Services, today: DayKey): Promise<{ streak: number; studiedToday: boolean }> {
  return progress.streak(today);
}
