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
  /** When Today showed the first-visit introduction, which it shows once. */
  introSeenAt?: number;
  /** Each shipped deck as the learner last studied it on this device, by deck id: what "What changed" compares with. */
  seenDecks?: Record<string, SeenDeck>;
}

/** A deck as last studied: its content hash then, each card's hash then, and the version whose changes Today has shown. */
export interface SeenDeck {
  /** The deck's content hash when it was studied (deckContentHash of `cards`). */
  hash: string;
  /** Card id → content hash. */
  cards: Record<string, string>;
  /** The deck content hash whose changes Today has shown, so that it shows them once. */
  shown?: string;
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
    ...(s.seenDecks === undefined ? {} : { seenDecks: normaliseSeenDecks(s.seenDecks) }),
  };
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** Stored seen decks, keeping only well-formed entries: one damaged entry costs one deck's "What changed", nothing else. */
function normaliseSeenDecks(stored: unknown): Record<string, SeenDeck> {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const out: Record<string, SeenDeck> = {};
  for (const [deckId, entry] of Object.entries(stored as Record<string, unknown>)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { hash, cards, shown } = entry as Record<string, unknown>;
    if (!isText(hash) || typeof cards !== 'object' || cards === null || Array.isArray(cards)) continue;
    const hashes = Object.entries(cards as Record<string, unknown>).filter((e): e is [string, string] => isText(e[1]));
    out[deckId] = { hash, cards: Object.fromEntries(hashes), ...(isText(shown) ? { shown } : {}) };
  }
  return out;
}
