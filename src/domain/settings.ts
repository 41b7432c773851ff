import { DEFAULT_RETENTION } from './memory';

export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  desiredRetention: number;
  newCardsPerDay: number;
  /** Reviews of cards already learnt, per day; what is left over waits for tomorrow. */
  maxReviewsPerDay: number;
  theme: Theme;
  /** When the app asked the browser for persistent storage, if it has. */
  persistenceRequestedAt?: number;
  /** When a backup was last downloaded here (or the one restored by "replace" was made). */
  lastBackupAt?: number;
  /** How many ratings the log held then: the backup reminder counts from here. */
  ratingsAtLastBackup?: number;
  /** How many ratings the log held when the backup reminder was last put off with "Not now". */
  ratingsAtReminderDismissal?: number;
}

export const DEFAULT_SETTINGS: Settings = {
  desiredRetention: DEFAULT_RETENTION,
  newCardsPerDay: 20,
  maxReviewsPerDay: 200,
  theme: 'system',
};

export const RETENTION_RANGE = { min: 0.8, max: 0.97 } as const;
export const NEW_PER_DAY_RANGE = { min: 0, max: 200 } as const;
export const REVIEWS_PER_DAY_RANGE = { min: 10, max: 9999 } as const;

/** Settings read from storage, with defaults for what is missing and out-of-range values clamped. */
export function normaliseSettings(stored: Partial<Settings> | undefined): Settings {
  const s = { ...DEFAULT_SETTINGS, ...stored };
  const clamp = (v: number, r: { min: number; max: number }, fallback: number) =>
    Number.isFinite(v) ? Math.min(r.max, Math.max(r.min, v)) : fallback;
  return {
    ...s,
    desiredRetention: clamp(s.desiredRetention, RETENTION_RANGE, DEFAULT_SETTINGS.desiredRetention),
    newCardsPerDay: Math.round(clamp(s.newCardsPerDay, NEW_PER_DAY_RANGE, DEFAULT_SETTINGS.newCardsPerDay)),
    maxReviewsPerDay: Math.round(clamp(s.maxReviewsPerDay, REVIEWS_PER_DAY_RANGE, DEFAULT_SETTINGS.maxReviewsPerDay)),
    theme: ['system', 'light', 'dark'].includes(s.theme) ? s.theme : 'system',
  };
}
