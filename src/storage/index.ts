export { openDatabase, type Database, type ConnectionEvents } from './db';
export { progressRepository, type ProgressRepository } from './progress-repository';
export { settingsRepository, type SettingsRepository } from './settings-repository';
export type { ReviewRecord, ReviewSource } from './schema';
