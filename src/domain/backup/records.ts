/**
 * The check for each kind of record a backup holds, and for how records refer to each other. A
 * check reports every problem it finds, each with its path, and never throws: the whole file is
 * checked before anything is written, and the learner is told all that is wrong at once. Fields a
 * check does not know are left alone, so a record written by a newer build of the same format
 * version survives a round trip. Every range, time, id and link rule comes from domain/trust.ts.
 */
import { MAX_FIELD_LENGTH, MAX_IMPORT_CARDS } from '../deck/import-csv';
import { CARD_KINDS } from '../deck/types';
import { NEW_PER_DAY_RANGE, RETENTION_RANGE, REVIEWS_PER_DAY_RANGE, type Theme } from '../settings';
import {
  CARD_ID, DAYS, DECK_VERSION, describeTime, DIFFICULTY, dueRange, fitsRule, GRADE, IMPORTED_DECK_ID_RULE, importedCardIdRule,
  isImportedCardOf, isImportedDeckId, isTimeIn, isWebLink, LEARNING_STEP, MEMORY_STATE, pastRange, QUESTION_COUNT, RATING_COUNT,
  STABILITY, WEB_LINK_RULE, type NumberRule,
} from '../trust';
import { cardIdItem, fieldsOf, isObject, show, showTime, stringItem, type Report, type TimeRule } from '../validation';
import { QUIZ_MODES, REVIEW_SOURCES } from '../records';
import type { CheckContext, RecordCheck } from './format';

export { show, showTime };

const THEMES = ['system', 'light', 'dark'] as const satisfies readonly Theme[];
const SOURCE_TYPES = ['article', 'background', 'imported'] as const;
/** The longest title or file name an imported deck may have (the importer takes them from the learner and the file). */
const MAX_NAME_LENGTH = 1000;
const MAX_ANSWERS = QUESTION_COUNT.max;

/** The two time rules of a file made at `madeAt`, worded once per file rather than once per record. */
const timeRules = (() => {
  let last: { madeAt: number; past: TimeRule; due: TimeRule } | undefined;
  return (madeAt: number) => {
    if (last?.madeAt !== madeAt) {
      last = {
        madeAt,
        past: { range: pastRange(madeAt), must: `a time from ${describeTime(pastRange(madeAt).earliest)} to when the backup was made (${describeTime(madeAt)})` },
        due: { range: dueRange(madeAt), must: `a time from ${describeTime(dueRange(madeAt).earliest)} to 100 years after the backup was made` },
      };
    }
    return last;
  };
})();
/** "a time from 1 January 2020 to when the backup was made (…)". */
const pastRule = ({ madeAt }: CheckContext) => timeRules(madeAt).past;
const dueRule = ({ madeAt }: CheckContext) => timeRules(madeAt).due;

/** A card's FSRS memory (CardMemory): every number within what FSRS can make. */
export const checkMemory: RecordCheck = (value, path, report, context) => {
  const f = fieldsOf(value, path, report, 'a card memory (an object)');
  if (!f) return;
  f.cardId('cardId');
  f.time('due', dueRule(context));
  f.number('stability', STABILITY);
  f.number('difficulty', DIFFICULTY);
  // Saved by earlier versions only (memory.ts); still checked when a backup has it.
  f.number('elapsedDays', DAYS, true);
  f.number('scheduledDays', DAYS);
  f.number('learningSteps', LEARNING_STEP);
  f.number('reps', RATING_COUNT);
  f.number('lapses', RATING_COUNT);
  f.number('state', MEMORY_STATE);
  f.time('lastReview', pastRule(context), true);
  f.boolean('suspended', true);
  // FSRS schedules a card after the rating that schedules it, and counts a lapse only in a rating.
  const { due, lastReview, reps, lapses } = f.value;
  if (isTimeIn(due, dueRule(context).range) && isTimeIn(lastReview, pastRule(context).range) && due < lastReview) {
    report({ path: f.at('due'), message: `must not be before the card's last review (${describeTime(lastReview)}), found ${showTime(due)}` });
  }
  if (fitsRule(reps, RATING_COUNT) && fitsRule(lapses, RATING_COUNT) && lapses > reps) {
    report({ path: f.at('lapses'), message: `must not be more than the card's ratings (reps ${reps}), found ${lapses}` });
  }
};

/** One rating of the review log; its memories must be of its own card. */
export const checkReview: RecordCheck = (value, path, report, context) => {
  const f = fieldsOf(value, path, report, 'a review (an object)');
  if (!f) return;
  f.text('id');
  f.cardId('cardId');
  f.time('time', pastRule(context));
  f.number('grade', GRADE);
  f.oneOf('source', REVIEW_SOURCES);
  for (const side of ['before', 'after'] as const) {
    const memory = f.value[side];
    if (side === 'before' && memory === undefined) continue;
    if (memory === undefined) { report({ path: f.at(side), message: 'is missing' }); continue; }
    checkMemory(memory, f.at(side), report, context);
    const cardId = isObject(memory) ? memory.cardId : undefined;
    if (typeof cardId === 'string' && typeof f.value.cardId === 'string' && cardId !== f.value.cardId) {
      report({ path: `${f.at(side)}.cardId`, message: `must be the review's own card ${show(f.value.cardId)}, found ${show(cardId)}` });
    }
  }
};

/** A quiz or Briefing result, with its answers. */
export const checkQuizResult: RecordCheck = (value, path, report, context) => {
  const f = fieldsOf(value, path, report, 'a quiz result (an object)');
  if (!f) return;
  f.text('id');
  f.oneOf('mode', QUIZ_MODES);
  f.list('deckIds', stringItem(report));
  f.list('topics', stringItem(report));
  f.string('seed');
  f.number('questionCount', QUESTION_COUNT);
  f.boolean('practice');
  f.time('startedAt', pastRule(context));
  f.time('finishedAt', pastRule(context), true);
  f.list('answers', (answer, at) => {
    const a = fieldsOf(answer, at, report, 'an answer (an object)');
    if (!a) return;
    a.text('questionId');
    a.boolean('correct');
    a.list('cardIds', cardIdItem(report));
    a.list('missedCardIds', cardIdItem(report));
    a.time('answeredAt', pastRule(context));
  }, { max: MAX_ANSWERS });
};

const range = ({ min, max }: { min: number; max: number }, integer: boolean): NumberRule => ({
  must: `${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`, min, max, integer,
});

/** The settings: each within the range the Settings screen offers (a backup carries them normalised). */
export const checkSettings: RecordCheck = (value, path, report) => {
  const f = fieldsOf(value, path, report, 'the settings (an object)');
  if (!f) return;
  f.number('desiredRetention', range(RETENTION_RANGE, false));
  f.number('newCardsPerDay', range(NEW_PER_DAY_RANGE, true));
  f.number('maxReviewsPerDay', range(REVIEWS_PER_DAY_RANGE, true), true);
  f.oneOf('theme', THEMES);
};

/** Where a card's claim comes from; a link only ever to a web address (it is shown as one). */
function checkSource(value: unknown, path: string, report: Report) {
  const s = fieldsOf(value, path, report, 'a source (an object)');
  if (!s) return;
  s.oneOf('type', SOURCE_TYPES);
  const date = () => s.date('date');
  if (s.value.type === 'article') s.text('quote');
  if (s.value.type === 'background') {
    date();
    s.text('citation');
    if (s.value.url !== undefined && !isWebLink(s.value.url)) report({ path: s.at('url'), message: `must be ${WEB_LINK_RULE}, found ${show(s.value.url)}` });
  }
  if (s.value.type === 'imported') {
    s.text('file', { max: MAX_NAME_LENGTH });
    date();
  }
}

/**
 * A deck the learner imported, kept whole because it exists nowhere else. Checked for what the app
 * needs to show and study it, within the importer's limits (domain/deck/import-csv.ts), and with
 * its ids in the imported namespace, so it can never stand in for a shipped deck or card.
 */
export const checkImportedDeck: RecordCheck = (value, path, report, { shipped }) => {
  const f = fieldsOf(value, path, report, 'a deck (an object)');
  if (!f) return;
  const id = f.value.id;
  if (typeof id === 'string' && shipped.deckIds.has(id)) {
    report({ path: f.at('id'), message: `is ${show(id)}, the id of a deck Faultlines ships; an imported deck's id is ${IMPORTED_DECK_ID_RULE}` });
  } else if (id === undefined) {
    report({ path: f.at('id'), message: 'is missing' });
  } else if (!(typeof id === 'string' && isImportedDeckId(id))) {
    report({ path: f.at('id'), message: `must be ${IMPORTED_DECK_ID_RULE}, found ${show(id)}` });
  }
  const deckId = typeof id === 'string' && isImportedDeckId(id) ? id : undefined;
  f.text('title', { max: MAX_NAME_LENGTH });
  f.oneOf('topic', ['custom']);
  f.number('version', DECK_VERSION);
  // The importer writes the file name into the intro.
  f.string('intro', MAX_NAME_LENGTH + MAX_FIELD_LENGTH);
  f.list('talkingPoints', stringItem(report));
  const seen = new Map<unknown, string>();
  f.list('cards', (card, at) => {
    const c = fieldsOf(card, at, report, 'a card (an object)');
    if (!c) return;
    const cardId = c.value.id;
    if (deckId && typeof cardId === 'string' && CARD_ID.test(cardId) && !isImportedCardOf(cardId, deckId)) {
      report({ path: c.at('id'), message: `must be ${importedCardIdRule(deckId)}, found ${show(cardId)}` });
    } else c.cardId('id');
    c.oneOf('kind', CARD_KINDS);
    c.text('prompt');
    c.text('answer');
    c.string('explanation');
    checkSource(c.value.source, c.at('source'), report);
    c.list('tags', stringItem(report));
    c.list('distractors', stringItem(report), { optional: true });
    const first = seen.get(cardId);
    if (first) report({ path: c.at('id'), message: `repeats ${show(cardId)}, already used by ${first}` });
    else seen.set(cardId, at);
  }, { max: MAX_IMPORT_CARDS });
};

/** A quiz a teacher shared with a class, with the student results collected so far. */
export const checkClassSession: RecordCheck = (value, path, report, context) => {
  const f = fieldsOf(value, path, report, 'a class session (an object)');
  if (!f) return;
  f.text('id');
  // The share spec belongs to the classroom domain, which checks it when the session is opened.
  if (f.value.spec === undefined) report({ path: f.at('spec'), message: 'is missing' });
  f.string('title');
  f.time('createdAt', pastRule(context));
  f.list('students', (student, at) => {
    const s = fieldsOf(student, at, report, 'a student result (an object)');
    if (!s) return;
    s.string('name');
    s.string('code');
    s.list('responses', () => undefined);
    s.time('addedAt', pastRule(context));
  });
};

/** What the relation check needs of the review log: the card of each row, by the row's place. */
export interface RatedCards {
  readonly size: number;
  /** The card id of row `index`, if it has a well-formed one. */
  cardOf(index: number): string | undefined;
}

/**
 * How the records of a backup refer to each other: every rating is of a card some deck has (a
 * shipped one, or one of the file's imported decks), and every memory was made by at least one
 * rating. Fed as the file is read (the decks and memories kept small: ids only); judged at its end,
 * when every deck is known. Records whose ids are malformed are left to their own checks.
 */
export function createRelationCheck() {
  const importedCards = new Set<string>();
  const memories: [number, string][] = [];
  return {
    importedDeck(deck: unknown) {
      if (isObject(deck) && Array.isArray(deck.cards)) for (const card of deck.cards) if (isObject(card) && typeof card.id === 'string') importedCards.add(card.id);
    },
    memory(memory: unknown, index: number) {
      const cardId = isObject(memory) ? memory.cardId : undefined;
      if (typeof cardId === 'string' && CARD_ID.test(cardId)) memories.push([index, cardId]);
    },
    finish(reviews: RatedCards, report: Report, { shipped }: CheckContext) {
      const rated = new Set<string>();
      for (let i = 0; i < reviews.size; i++) {
        const cardId = reviews.cardOf(i);
        if (cardId === undefined || !CARD_ID.test(cardId)) continue;
        rated.add(cardId);
        if (!shipped.cardIds.has(cardId) && !importedCards.has(cardId)) {
          report({
            path: `data.reviews[${i}].cardId`,
            message: `is ${show(cardId)}, a card no deck has: not one of the decks this version of Faultlines ships, nor of the decks imported in the file`,
          });
        }
      }
      for (const [index, cardId] of memories) {
        if (rated.has(cardId)) continue;
        report({
          path: `data.memories[${index}]`,
          message: `is the memory of card ${show(cardId)}, which has no rating in the review log; a card's memory is only ever made by rating it`,
        });
      }
    },
  };
}
