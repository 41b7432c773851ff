/** Everything a screen may use, built once at start-up; tests build it with a fixed clock. */
import {
  classRepository, deckRepository, openDatabase, progressRepository, quizRepository, settingsRepository,
  type ClassRepository, type ConnectionEvents, type Database, type DeckRepository, type ProgressRepository, type QuizRepository, type SettingsRepository,
} from '../storage';
import { timeOrderedId } from '../domain/review-id';
import { createCatalog, type Catalog } from './catalog';
import { broadcastProgressChannel, type ProgressChannel } from './progress-channel';
import { createUpdateGate, type UpdateGate } from './update-gate';

export interface Clock {
  now(): number;
  /** Minutes to add to local time to get UTC at `time` (Date#getTimezoneOffset). */
  timezoneOffset(time: number): number;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  timezoneOffset: (time) => new Date(time).getTimezoneOffset(),
};

export interface Services {
  database: Database;
  progress: ProgressRepository;
  settings: SettingsRepository;
  quizzes: QuizRepository;
  decks: DeckRepository;
  classes: ClassRepository;
  catalog: Catalog;
  clock: Clock;
  updates: UpdateGate;
  /** Ratings made in the app's other tabs, and this tab's told to them. */
  progressChanges: ProgressChannel;
  /** A fresh id, prefixed with the clock's time so that ids (the review log's keys) sort by time. */
  newId(): string;
  /** Whether scheduling adds fuzz: on in the app, off in tests. */
  fuzz: boolean;
}

export function createServices(options: {
  events: ConnectionEvents;
  clock?: Clock;
  catalog?: Catalog;
  databaseName?: string;
  progressChanges?: ProgressChannel;
  fuzz?: boolean;
  newId?: () => string;
}): Services {
  const clock = options.clock ?? systemClock;
  const database = openDatabase(options.events, options.databaseName, (time) => clock.timezoneOffset(time));
  return {
    database,
    progress: progressRepository(database),
    settings: settingsRepository(database),
    quizzes: quizRepository(database),
    decks: deckRepository(database),
    classes: classRepository(database),
    catalog: options.catalog ?? createCatalog(),
    clock,
    updates: createUpdateGate(),
    progressChanges: options.progressChanges ?? broadcastProgressChannel(),
    newId: options.newId ?? (() => timeOrderedId(clock.now(), crypto.randomUUID())),
    fuzz: options.fuzz ?? true,
  };
}
