/** What the learner sees before restoring: what the file holds, and how it compares with what is here. */

export interface BackupSummary {
  exportedAt: number;
  reviews: number;
  cards: number;
  quizResults: number;
  importedDecks: number;
  classSessions: number;
  newestInFile?: number;
  newestHere?: number;
  /** Cards whose stored schedule the file gave otherwise than its ratings make it: they are rescheduled from the ratings. */
  recomputed?: number;
  /** Whether the file's newest rating is newer than this device's newest, by rating time. */
  comparison: 'newer' | 'older' | 'same' | 'nothing-here' | 'nothing-in-file';
}

/** The summary of a file read in pieces: its counts, and its newest rating. */
export function summariseCounts(
  file: { exportedAt: number; counts: Readonly<Record<string, number>>; newestInFile: number | undefined }, newestHere: number | undefined,
): BackupSummary {
  const { newestInFile } = file;
  const n = (name: string) => file.counts[name] ?? 0;
  const comparison = newestInFile === undefined
    ? (newestHere === undefined ? 'same' : 'nothing-in-file')
    : newestHere === undefined
      ? 'nothing-here'
      : newestInFile > newestHere ? 'newer' : newestInFile < newestHere ? 'older' : 'same';
  return {
    exportedAt: file.exportedAt,
    reviews: n('reviews'),
    cards: n('memories'),
    quizResults: n('quizResults'),
    importedDecks: n('importedDecks'),
    classSessions: n('classSessions'),
    ...(newestInFile !== undefined ? { newestInFile } : {}),
    ...(newestHere !== undefined ? { newestHere } : {}),
    comparison,
  };
}

export function summariseBackup(
  file: { exportedAt: number; data: { memories: readonly unknown[]; reviews: readonly { time: number }[]; quizResults: readonly unknown[]; importedDecks?: readonly unknown[]; classSessions?: readonly unknown[] } },
  newestHere: number | undefined,
): BackupSummary {
  const { memories, reviews, quizResults, importedDecks = [], classSessions = [] } = file.data;
  const newestInFile = reviews.length ? reviews.reduce((t, r) => Math.max(t, r.time), -Infinity) : undefined;
  const counts = { reviews: reviews.length, memories: memories.length, quizResults: quizResults.length, importedDecks: importedDecks.length, classSessions: classSessions.length };
  return summariseCounts({ exportedAt: file.exportedAt, counts, newestInFile }, newestHere);
}
