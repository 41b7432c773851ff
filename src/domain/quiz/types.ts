/** The quiz model: what a generated quiz, its questions, a response and a result look like. */
import type { CardSource, DeckTopic } from '../deck/types.ts';

// New kinds go at the end: a share link's kinds are a bit mask in this order.
export const QUESTION_KINDS = ['choice', 'cloze', 'truefalse', 'matching', 'which-side', 'tap-place', 'which-route', 'order'] as const;
/**
 * - `choice`: a prompt and four options, one right.
 * - `cloze`: a sentence with a blank and four options to fill it, one right.
 * - `truefalse`: a statement to judge.
 * - `matching`: four or five left texts, each to be matched with one of as many right texts.
 * - `which-side`: items to be sorted into one of two sides.
 * - `tap-place`: a place to find on the corridor map, among all its places.
 * - `which-route`: the corridor map with one route highlighted, and the four routes' names as options.
 * - `order`: the steps of a chain, shuffled, to be put back in order.
 */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** What the screen shows after an answer, one entry per card (or per sort). */
export interface Feedback {
  /** Absent for a sort. */
  cardId?: string;
  explanation: string;
  source: CardSource;
  /** A false true/false statement: the true version. */
  correction?: string;
  /**
   * What the explanation is about, when the question does not say it: the card of some pairs of a
   * matching, or the card a map question grades, in its own words (its question and answer).
   */
  about?: string;
}

interface QuestionBase {
  /** Stable: the kind and the card id(s), e.g. `choice:act-002`, `matching:act-002+act-005+…`. */
  id: string;
  /** The cards this question grades (empty for a sort that names no cards). */
  cardIds: string[];
  topic: DeckTopic;
  /** Whether any of its cards is a core claim. */
  core: boolean;
  /** The question as shown: a prompt, a cloze sentence with `_____`, a statement, an instruction. */
  prompt: string;
  feedback: Feedback[];
}

export interface ChoiceQuestion extends QuestionBase {
  kind: 'choice' | 'cloze';
  /** Four distinct options, in display order. */
  options: string[];
  /** The index of the right option. */
  answerIndex: number;
}

export interface TrueFalseQuestion extends QuestionBase {
  kind: 'truefalse';
  answer: boolean;
}

export interface MatchPair {
  cardId: string;
  left: string;
  right: string;
}

export interface MatchingQuestion extends QuestionBase {
  kind: 'matching';
  /** Four or five pairs, in the display order of their left texts. */
  pairs: MatchPair[];
  /** The right texts in display order (a shuffle of the pairs' right texts). */
  rights: string[];
  /** For each pair, the index in `rights` of its right text. */
  answer: number[];
}

export interface SortItem {
  text: string;
  side: 0 | 1;
}

export interface WhichSideQuestion extends QuestionBase {
  kind: 'which-side';
  /** The two side labels, in display order. */
  sides: [string, string];
  /** The items to sort, in display order, each with its right side. */
  items: SortItem[];
}

/** A place or route of the map as a question offers it. */
export interface MapOption {
  id: string;
  name: string;
}

export interface TapPlaceQuestion extends QuestionBase {
  kind: 'tap-place';
  /** Every place of the map one may tap, in the order the list alternative shows them. */
  places: MapOption[];
  /** The id of the place to find. */
  answer: string;
  /** Places that are part of it, so also right to tap (Nakhchivan when asked for Azerbaijan). */
  alsoRight: string[];
}

export interface WhichRouteQuestion extends QuestionBase {
  kind: 'which-route';
  /** The map's four routes, in display order; the highlighted one is `options[answerIndex]`. */
  options: MapOption[];
  answerIndex: number;
}

export type MapQuestion = TapPlaceQuestion | WhichRouteQuestion;

export interface OrderQuestion extends QuestionBase {
  kind: 'order';
  /** The steps in display order: a shuffle that is never already the right order. */
  steps: string[];
  /** The right order: for each place in the chain, the index in `steps` of the step that goes there. */
  answer: number[];
}

export type Question = ChoiceQuestion | TrueFalseQuestion | MatchingQuestion | WhichSideQuestion | MapQuestion | OrderQuestion;

/** A learner's response, by question kind; `null` anywhere means "not answered". */
export interface ResponseByKind {
  /** The chosen option's index. */
  choice: number;
  cloze: number;
  truefalse: boolean;
  /** For each pair (in `pairs` order), the index of the chosen right text. */
  matching: readonly (number | null)[];
  /** For each item (in `items` order), the chosen side. */
  'which-side': readonly (0 | 1 | null)[];
  /** The id of the place tapped. */
  'tap-place': string;
  /** The chosen option's index. */
  'which-route': number;
  /** For each place in the chain, first to last, the index in `steps` of the step put there: every step once. */
  order: readonly number[];
}
export type QuizResponse = ResponseByKind[QuestionKind];

/** The question type of a kind (`cloze` shares ChoiceQuestion with `choice`). */
export type QuestionOf<K extends QuestionKind> = Question extends infer Q ? (Q extends { kind: infer QK } ? (K extends QK ? Q : never) : never) : never;
/** Each kind's question type, as a map the kind registries are typed over. */
export type QuestionByKind = { [K in QuestionKind]: QuestionOf<K> };
/** The response a question takes: a ChoiceQuestion an option index, a TapPlaceQuestion a place id, … */
export type ResponseFor<Q extends Question> = ResponseByKind[Q['kind']];

// Fails to compile when a question type's kind is missing from QUESTION_KINDS, or a kind has no question type.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type KindsMatchQuestions = Holds<Same<Question['kind'], QuestionKind>>;

export interface CardOutcome {
  cardId: string;
  correct: boolean;
}

export interface Grading {
  /** Right as a whole: every pair matched, every item on its side. */
  correct: boolean;
  /** One entry per card of `question.cardIds`: false when any of that card's parts was missed. */
  perCard: CardOutcome[];
  /** Per part: one entry for a single-card question, one per pair or item otherwise. */
  parts: boolean[];
}

/** Everything that determines a quiz, with the decks it is generated from. */
export interface QuizSpec {
  /** Any string or number; 42 and "42" are the same seed. */
  seed: string | number;
  /** How many questions at most (fewer when the decks have fewer to ask). */
  count: number;
  /** `quiz` (the default) or `briefing` (see briefingQuestions). */
  mode?: 'quiz' | 'briefing';
  /** Ask only cards of decks with these topics; absent or empty: all (distractors come from every given deck). */
  topics?: DeckTopic[];
  /** Ask only cards of these decks; absent or empty: all (distractors come from every given deck). */
  deckIds?: string[];
  /** Only these question kinds; absent or empty: all (a briefing asks single-card kinds only). */
  kinds?: QuestionKind[];
  /**
   * Ask only these cards (a sort only when every card it names is among them); absent or empty: all.
   * Distractors still come from every given deck.
   */
  cardIds?: string[];
}

export interface Quiz {
  /** A hash of the normalised spec and the given decks' ids and versions. */
  id: string;
  spec: QuizSpec;
  /** The decks it was generated from: the same ids and versions regenerate the same quiz. */
  decks: { id: string; version: number }[];
  questions: Question[];
}

export interface QuizAnswer {
  questionId: string;
  response: QuizResponse | null;
  correct: boolean;
  perCard: CardOutcome[];
}

/** A finished quiz, as stored or sent back in a result code; times are given by the caller. */
export interface QuizResult {
  quizId: string;
  spec: QuizSpec;
  startedAt: number;
  finishedAt: number;
  /** One per question, in quiz order. */
  answers: QuizAnswer[];
  score: { correct: number; total: number };
}
