/** What the scale page exposes to the bench (as `window.faultlinesBench`); every time is in ms. */
export interface SeedResult {
  memories: number;
  reviews: number;
  ms: number;
}

export interface Breakdown {
  /** Each step timed on a warm connection, several runs each. */
  steps: { name: string; detail: string; ms: number[] }[];
}

/**
 * A backup export: its time and size, or how it failed (a million rows may not fit in one string),
 * with the review log's size as JSON estimated from a sample of rows, to explain either.
 */
export type ExportResult = { ms: number; logChars?: number } & ({ chars: number; error?: undefined } | { error: string });

/** One sync of the bench device, as Settings → Sync runs it (src/app/sync/controller.ts). */
export interface SyncRun {
  ms: number;
  /** Changes read from the server's feed, and documents sent. */
  received: number;
  sent: number;
  ratingsAdded: number;
  bytesSent: number;
  bytesReceived: number;
  /** The device's review log afterwards. */
  reviews: number;
}

export interface ScaleApi {
  /** Sets sync up on an empty device of its own (a database apart from the scale collection). */
  syncSetUp(server: string, user: string, password: string, database: string): Promise<void>;
  syncRun(): Promise<SyncRun>;
  seed(): Promise<SeedResult>;
  /** From creating the services (the database is not yet open) to the first prompt painted. */
  openToFirstCard(): Promise<number>;
  breakdown(runs: number): Promise<Breakdown>;
  /** One `progress.record` per rating, each timed alone. */
  commitRatings(count: number): Promise<number[]>;
  loadToday(runs: number): Promise<number[]>;
  /** The whole backup file, as Settings → Backup makes it (src/app/backup.ts). */
  exportBackup(): Promise<ExportResult>;
  /** The Progress screen's statistics (src/app/progress.ts). */
  loadProgress(runs: number): Promise<number[]>;
}

declare global {
  interface Window {
    faultlinesBench: ScaleApi;
  }
}
