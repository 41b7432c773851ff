export { backupRepository, BACKUP_STORES, type BackupData, type BackupRepository } from './backup-repository';
export { classRepository, type ClassRepository } from './class-repository';
export { openDatabase, type Database, type ConnectionEvents } from './db';
export { deckRepository, type DeckRepository } from './deck-repository';
export { progressRepository, type ProgressRepository } from './progress-repository';
export { quizRepository, type QuizRepository } from './quiz-repository';
export { settingsRepository, type SettingsRepository } from './settings-repository';
export { DB_VERSION } from './schema';
export type { ClassSessionRecord, ClassStudentRecord, QuizAnswerRecord, QuizResultRecord, ReviewRecord, ReviewSource } from './schema';
