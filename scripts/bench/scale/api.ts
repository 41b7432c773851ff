/** What the scale page exposes to the bench (as `window.faultlinesBench`); every time is in ms. */
export interface SeedResult {
  memories: number;
  reviews: number;
  /** Writing the version-6 collection (not app code). */
  ms: number;
  /** The app's open of it: the schema upgrade to version 7, which builds the day summaries from the log. */
  upgradeMs: number;
}

export interface Breakdown {
  /** Each step timed on a warm connection, several runs each. */
  steps: { name: string; detail: string; ms: number[] }[];
}

/** A backup export, plain and gzip: times and sizes, or how it failed. The bench adds the peak JS heap. */
export type ExportResult = { ms: number; peakHeapBytes?: number } & (
  | { bytes: number; gzipMs: number; gzipBytes: number; error?: undefined }
  | { error: string }
);

/**
 * Restoring (replace) the file just exported, plain or gzip, into a fresh database: the whole time,
 * the check's part of it (the first read), the file's size, or how it failed. The bench adds the peak JS heap.
 */
export type RestoreResult = { ms: number; checkMs?: number; bytes?: number; peakHeapBytes?: number; reviews?: number; error?: string };

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
  /** Seeds `rows` review-log rows as version 6 left them, then opens them with the app (the upgrade). */
  seed(rows: number): Promise<SeedResult>;
  /** From creating the services (the database is not yet open) to the first prompt painted. */
  openToFirstCard(): Promise<number>;
  breakdown(runs: number): Promise<Breakdown>;
  /** One `progress.record` per rating, each timed alone. */
  commitRatings(count: number): Promise<number[]>;
  loadToday(runs: number): Promise<number[]>;
  /** The whole backup file, as Settings → Backup makes it (src/app/backup.ts). */
  exportBackup(): Promise<ExportResult>;
  /** Restores (replace) the file exportBackup made — plain (0) or gzip (1) — as Settings → Backup does, into a database of its own. */
  restoreBackup(gzip: number): Promise<RestoreResult>;
  /** The Progress screen's statistics (src/app/progress.ts). */
  loadProgress(runs: number): Promise<number[]>;
}

declare global {
  interface Window {
    faultlinesBench: ScaleApi;
  }
}
