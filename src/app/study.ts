/**
 * The study use case: builds the queue from the due index and the day's new-card allowance, rates
 * the front card (memory and log row in one transaction), and undoes. Screens subscribe to its view.
 */
import type { Card, Deck } from '../domain/deck/types';
import type { Outcome } from '../domain/scheduler';
import type { Grade } from '../domain/memory';
import { dayKey, type DayKey } from '../domain/calendar';
import { buildStudyQueue, LEARN_AHEAD_MS, type QueueItem } from '../domain/study-queue';
import { afterChangeElsewhere, afterRating, currentItem, sessionProgress, startSession, undoLast, type SessionState } from '../domain/study-session';
import { sessionsFinished } from './activity';
import { createListeners } from './listeners';
import { planRating } from './rating-plan';
import type { Services } from './services';
import { ATTEMPTS, explainError, type Attempt, type Explanation } from './storage-errors';
import { requestPersistenceOnce } from './storage-status';

export interface StudyView {
  status: 'loading' | 'studying' | 'done' | 'error';
  card?: Card;
  deck?: Deck;
  /** The outcome of each grade for the front card, for the button labels. */
  outcomes?: Record<Grade, Outcome>;
  progress: number;
  /** Counts every change of the card in front (a rating, an undo): each turn starts unrevealed. */
  turn: number;
  reviewed: number;
  remaining: number;
  canUndo: boolean;
  /** When the session is over: when the next card falls due. */
  nextDue?: number;
  /** Something the learner should know that changed nothing they did (an undo that could not be). */
  notice?: string;
  error?: Explanation;
  /**
   * The last rating or undo could not be stored: the card stays in front as it was (answer and all),
   * nothing is counted, and pressing the grade again tries again.
   */
  problem?: Explanation;
}

export interface StudyController {
  view(): StudyView;
  subscribe(listener: () => void): () => void;
  rate(grade: Grade): Promise<void>;
  undo(): Promise<void>;
  /** Stops listening to the other tabs; the screen calls it when it leaves. */
  close(): void;
}

/** Said when the rating to undo was followed by another of the same card in another tab. */
export const UNDO_SUPERSEDED = 'That card was rated again in another tab, so this rating stays; undo it there.';

/** What today's study has used of the daily limits: new cards introduced, reviews of learnt cards. */
export async function usedToday(services: Services, day: DayKey): Promise<{ newCards: number; reviews: number }> {
  // The day's summary, not the day's log rows: one small row however much was studied.
  const [today] = await services.progress.daySummaries(day, day);
  return { newCards: today?.newCards ?? 0, reviews: today?.byState.review ?? 0 };
}

/** What to study: what is due in some decks (all when none named), or exactly the given cards. */
export interface StudySelection {
  deckIds?: readonly string[];
  /** "Study what I missed": these cards, in this order, whether due or not. */
  cardIds?: readonly string[];
}

export async function startStudy(services: Services, selection: StudySelection = {}): Promise<StudyController> {
  const { progress, catalog, clock } = services;
  const now = clock.now();
  const { deckIds, cardIds } = selection;
  const chosen = deckIds?.length ? catalog.summaries.filter((s) => deckIds.includes(s.id)) : catalog.summaries;
  const picked = cardIds?.length ? catalog.summaries.filter((s) => s.cardIds.some((id) => cardIds.includes(id))) : chosen;
  // Everything the first card waits for is asked for at once: the settings, the decks' cards, what
  // is due and seen — and ts-fsrs, the largest part of the app's code, which Today never needs (it
  // comes from the precache meanwhile, so the first card is no later for it).
  const [settings, { createScheduler }, cards, queueInputs] = await Promise.all([
    services.settings.load(),
    import('../domain/scheduler'),
    catalog.cards(picked.map((s) => s.id)),
    cardIds?.length
      ? Promise.all(cardIds.map((id) => progress.memory(id))).then((memories) => ({ memories }))
      : Promise.all([
        progress.dueBy(now + LEARN_AHEAD_MS),
        progress.seenIds(),
        usedToday(services, dayKey(now, (t) => clock.timezoneOffset(t))),
      ]).then(([due, seen, used]) => ({ due, seen, used })),
  ]);
  const scheduler = createScheduler({ desiredRetention: settings.desiredRetention, fuzz: services.fuzz });
  const queue: QueueItem[] = 'memories' in queueInputs
    ? cardIds!.map((cardId, i) => ({ cardId, ...(queueInputs.memories[i] ? { memory: queueInputs.memories[i] } : {}) }))
    : buildStudyQueue({
      cardIds: chosen.flatMap((s) => s.cardIds),
      due: queueInputs.due,
      seen: queueInputs.seen,
      newAllowance: settings.newCardsPerDay - queueInputs.used.newCards,
      reviewAllowance: settings.maxReviewsPerDay - queueInputs.used.reviews,
      now,
    });
  let state: SessionState = startSession(queue);
  let turn = 0;
  let view: StudyView = { status: 'loading', progress: 0, turn, reviewed: 0, remaining: 0, canUndo: false };
  const listeners = createListeners();
  // Ratings and undos are applied one after another, in the order the learner pressed them.
  let pending: Promise<unknown> = Promise.resolve();
  // The decks a rating of this session has studied: each is remembered as it is now, once ("What changed").
  const studiedDecks = new Set<string>();

  const refresh = async (notice?: string) => {
    const item = currentItem(state);
    const base = { ...(notice ? { notice } : {}), progress: sessionProgress(state), turn: ++turn, reviewed: state.history.length, remaining: state.queue.length, canUndo: state.history.length > 0 };
    if (!item) {
      view = { ...base, status: 'done', nextDue: await progress.nextDueAfter(clock.now()) };
      if (state.history.length > 0) sessionsFinished.emit();
    } else {
      const ref = cards.get(item.cardId);
      const t = clock.now();
      view = ref
        ? { ...base, status: 'studying', card: ref.card, deck: ref.deck, outcomes: scheduler.preview(item.memory, item.cardId, t) }
        : { ...base, status: 'error', error: { message: `Card ${item.cardId} is in the schedule but in no deck.` } };
    }
    listeners.emit();
  };

  const serially = (task: () => Promise<void>) => {
    const next = pending.then(task).catch((error: unknown) => {
      view = { ...view, status: 'error', error: explainError(error) };
      listeners.emit();
    });
    pending = next;
    return next;
  };

  /**
   * Stores a change; when storage refuses it, says so on the card in front and gives back
   * nothing. The same turn: the screen keeps the card, its answer and its buttons.
   */
  const stored = async <T>(write: () => Promise<T>, attempt: Attempt): Promise<{ value: T } | undefined> => {
    try {
      return { value: await write() };
    } catch (error) {
      view = { ...view, problem: explainError(error, attempt) };
      listeners.emit();
      return undefined;
    }
  };

  // A card of this session rated (or un-rated) in another tab: take its stored memory, and move
  // on if it was the card in front.
  const stopListening = services.progressChanges.subscribe(({ cardIds: changed }) => {
    void serially(async () => {
      const front = currentItem(state)?.cardId;
      for (const cardId of changed) {
        if (state.queue.some((q) => q.cardId === cardId)) state = afterChangeElsewhere(state, cardId, await progress.memory(cardId), clock.now());
      }
      if (currentItem(state)?.cardId !== front) await refresh();
    });
  });

  await refresh();
  return {
    view: () => view,
    close: stopListening,
    subscribe: listeners.subscribe,
    rate: (grade) =>
      serially(async () => {
        const item = currentItem(state);
        if (!item) return;
        const time = clock.now();
        const id = services.newId();
        // Scheduled from the memory stored when it is written, not from item.memory: another tab
        // may have rated this card since the screen showed it. A rating that was not stored is
        // not done: the session moves on only once it is.
        const written = await stored(() => progress.record(planRating(scheduler, { id, cardId: item.cardId, time, grade, source: 'study' })), ATTEMPTS.rating);
        if (!written) return;
        const { after } = written.value;
        services.progressChanges.announce({ cardIds: [item.cardId] });
        const deck = cards.get(item.cardId)?.deck;
        if (deck && !studiedDecks.has(deck.id)) {
          studiedDecks.add(deck.id);
          // Bookkeeping for "What changed", loaded when first needed: a failure to store it must not stop the session.
          void import('./deck-changes').then((m) => m.noteDeckStudied(services, deck)).catch(() => studiedDecks.delete(deck.id));
        }
        state = afterRating(state, after, time, id);
        await refresh();
        void requestPersistenceOnce(services);
      }),
    undo: () =>
      serially(async () => {
        const undone = undoLast(state);
        if (!undone) return;
        const undoing = await stored(() => progress.undo(undone.reviewId), ATTEMPTS.undo);
        if (!undoing) return;
        const result = undoing.value;
        if (result.status === 'superseded') {
          state = { ...state, history: state.history.slice(0, -1) };
          await refresh(UNDO_SUPERSEDED);
          return;
        }
        if (result.status === 'undone') services.progressChanges.announce({ cardIds: [result.review.cardId] });
        state = undone.state;
        await refresh();
      }),
  };
}
