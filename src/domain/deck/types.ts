/** The deck model: what a compiled, validated deck looks like to the rest of the app. */

export const TOPICS = ['actors', 'corridors', 'alignments', 'flashpoints', 'later'] as const;
export type Topic = (typeof TOPICS)[number];

/** What happened after the article: dated background, mixed into the Briefing only when asked ("up to date"). */
export const LATER_TOPIC = 'later' satisfies Topic;
/** The topics of the article itself. */
export const ARTICLE_TOPICS: readonly Topic[] = TOPICS.filter((t) => t !== LATER_TOPIC);

/** Shipped decks teach one of the topics (four of the article, and what happened after it); a deck the learner imports is their own. */
export type DeckTopic = Topic | 'custom';

export const TOPIC_TITLES: Record<DeckTopic, string> = {
  actors: 'Actors',
  corridors: 'Corridors',
  alignments: 'Alignments',
  flashpoints: 'Flashpoints and ideas',
  later: 'After the article',
  custom: 'Your own decks',
};

export const CARD_KINDS = ['basic', 'cloze', 'mcq', 'truefalse', 'perspective', 'order'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** What sort of thing an answer is; the options list (decks:options) shows it, so a reviewer can check options are like for like. */
export const ANSWER_KINDS = [
  'state', 'person', 'organisation', 'group', 'place', 'route', 'event', 'date', 'number',
  'concept', 'statement',
] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

/**
 * A shipped card either quotes the article verbatim, or rests on dated, cited background; an
 * imported card names the file it came from.
 */
export type CardSource =
  | { type: 'article'; quote: string }
  | { type: 'background'; date: string; citation: string; url?: string }
  | { type: 'imported'; file: string; date: string };

export interface Perspective {
  /** Who holds the view: "Tehran", "Baku", "Ankara" … */
  who: string;
  view: string;
}

export interface Card {
  /** Stable, never reused: `<prefix>-<number>`, e.g. `act-007`. */
  id: string;
  kind: CardKind;
  /** For a cloze card: the text with the deletion shown as a blank (`_____`). */
  prompt: string;
  answer: string;
  explanation: string;
  source: CardSource;
  tags: string[];
  answerKind?: AnswerKind;
  /** Hand-written wrong options, all of the answer's kind. */
  distractors?: string[];
  /**
   * The id of one of its deck's `pools`. Naming a pool declares its members mutually exclusive
   * answers to this card's question: exactly one of them, the answer, is right, so the quiz may
   * offer any of the others.
   */
  pool?: string;
  /** True/false cards: whether the statement is true, and the correction when it is not. */
  truth?: boolean;
  correction?: string;
  /** Perspective cards: each side's framing. */
  views?: Perspective[];
  /** "Put in order" cards: the steps of a chain, in the right order (MIN_STEPS–MAX_STEPS of them). */
  steps?: string[];
  /** Central to the article's argument; the Briefing weights these. */
  core?: boolean;
  /** Shipped cards: the hash of their content, given at build time (content-hash.ts). */
  hash?: string;
}

/** One of the two sides of a sort: a label ("Tehran–Moscow") and the items that belong to it. */
export interface SortSide {
  label: string;
  members: string[];
}

/**
 * A "which side?" exercise: items to be sorted into the two sides of an alignment or corridor
 * dispute. Deck-level, because it spans cards; `cards` names the cards that teach it (a quiz answer
 * grades them).
 */
export interface Sort {
  /** Stable within its deck: lower-case letters, digits and dashes, e.g. `camps-2025`. */
  id: string;
  question: string;
  /** Exactly two; no member on both sides. */
  sides: [SortSide, SortSide];
  cards?: string[];
  /** Our own words, shown after answering; optional, the sides themselves are shown anyway. */
  explanation?: string;
  source: CardSource;
}

/**
 * The actors an alignment link may join: only those the article names as taking part in an
 * alignment. Their display names, and the wording of each link type, are in src/domain/web/actors.ts,
 * keyed by these ids (the compiler keeps the two in step). Kept apart so that the first load, which
 * uses this file, carries no names or legend text.
 */
export const ACTOR_IDS = ['iran', 'azerbaijan', 'israel', 'turkey', 'russia', 'armenia', 'pakistan'] as const;
export type ActorId = (typeof ACTOR_IDS)[number];

/** The kinds of tie an alignment link may be. */
export const LINK_TYPES = ['arms', 'military', 'exercises', 'detente', 'rivalry', 'condemned', 'interests'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/**
 * An edge of the alignment web: two actors joined by one type of tie, with the cards (of the same
 * deck) that teach it. Deck-level, like sorts.
 */
export interface AlignmentLink {
  /** Stable within its deck: lower-case letters, digits and dashes, e.g. `baku-israel-arms`. */
  id: string;
  from: ActorId;
  to: ActorId;
  type: LinkType;
  /** Our own words: what the tie is, attributed where contested. */
  label: string;
  /** At least one; ids of cards in this deck. */
  cards: string[];
  source: CardSource;
}

/**
 * Reviewed wrong options shared by cards: alternatives of which a card naming the pool has exactly
 * one, its answer, right (dates of different events, officials holding different offices).
 */
export interface DistractorPool {
  /** Stable within its deck: lower-case letters, digits and dashes, e.g. `dates-2025`. */
  id: string;
  /** Our own words: what the members are, and why no card naming the pool has two right among them. */
  about: string;
  members: string[];
}

export interface Deck {
  id: string;
  title: string;
  topic: DeckTopic;
  version: number;
  intro: string;
  talkingPoints: string[];
  cards: Card[];
  /** Optional "which side?" sorts. */
  sorts?: Sort[];
  /** Optional edges of the alignment web. */
  links?: AlignmentLink[];
  /** Shipped decks: the hash of all their cards' hashes, given at build time; the first load compares it to tell a changed deck. */
  contentHash?: string;
  /** Optional pools of reviewed wrong options, named by cards (`pool`). */
  pools?: DistractorPool[];
}

export const CLOZE_BLANK = '_____';

/** How many steps an `order` card has: two make a chain, more than six is too many to hold in mind and to code compactly. */
export const MIN_STEPS = 2;
export const MAX_STEPS = 6;
/** A step is a short phrase, so it fits on a phone and a projector line. */
export const MAX_STEP_LENGTH = 90;

/** What the first screen needs of a deck: no card text, and no intro or talking points (see DeckNotes). */
export type DeckSummary = Omit<Deck, 'cards' | 'sorts' | 'links' | 'pools' | 'intro' | 'talkingPoints'> & { cardIds: string[] };

/** A deck's prose, which only the Library, a deck's page and the Briefing show: out of the first load. */
export type DeckNotes = Pick<Deck, 'intro' | 'talkingPoints'>;
