/** The Settings screen's use cases: the learner's preferences, and resetting all progress. */
import type { Settings } from '../domain/settings';
import type { Services } from './services';

export const loadSettings = (services: Services): Promise<Settings> => services.settings.load();

/** Stores the changes and returns the settings as stored (normalised), which the screen then shows. */
export const saveSettings = (services: Services, changes: Partial<Settings>): Promise<Settings> => services.settings.save(changes);

/** What "Reset all progress" would delete: every rating, and the schedule of every card seen. */
export interface ProgressExtent {
  reviews: number;
  cards: number;
}

export async function progressExtent(services: Services): Promise<ProgressExtent> {
  const [reviews, cards] = await Promise.all([services.progress.reviewCount(), services.progress.seenIds()]);
  return { reviews, cards: cards.size };
}

/** Deletes every rating, card memory and quiz result on this device; the settings stay. */
export const resetAllProgress = (services: Services): Promise<void> => services.progress.resetAll();
