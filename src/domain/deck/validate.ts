/**
 * Validation of a shipped deck at the edge: turns an untrusted, parsed deck source (YAML at build
 * time) into a typed Deck, or into a list of problems that each name the file, the card and the
 * field. Nothing here knows about files or YAML. Shipped ids keep out of the imported namespace
 * (see domain/trust.ts), so no deck a learner imports can ever take a shipped deck's or card's id.
 */
import {
  ACTOR_IDS, ANSWER_KINDS, CARD_KINDS, CLOZE_BLANK, LINK_TYPES, MAX_STEP_LENGTH, MAX_STEPS, MIN_STEPS, TOPICS,
  type ActorId, type AlignmentLink, type AnswerKind, type Card, type CardKind, type CardSource, type Deck, type DistractorPool, type LinkType,
  type Perspective, type Sort, type SortSide, type Topic,
} from './types.ts';
import { CARD_ID, DECK_ID, IMPORTED_DECK_PREFIX, isShippedCardId, isWebLink, WEB_LINK_RULE } from '../trust.ts';
import { isObject, isText, repeats, sameText, type Raw } from '../validation.ts';
import { distractorProblems } from './distractor-rule.ts';

export { CARD_ID, DECK_ID };

export interface DeckProblem {
  file: string;
  cardId?: string;
  /** Set for a problem in one of the deck's `sorts`. */
  sortId?: string;
  /** Set for a problem in one of the deck's `links` (edges of the alignment web). */
  linkId?: string;
  /** Set for a problem in one of the deck's `pools` (shared wrong options). */
  poolId?: string;
  field: string;
  message: string;
}

export type DeckResult =
  | { ok: true; deck: Deck; retired: string[] }
  | { ok: false; problems: DeckProblem[] };

export const MAX_QUOTE_WORDS = 40;
export const SORT_ID = /^[a-z][a-z0-9-]{1,39}$/;
export const LINK_ID = /^[a-z][a-z0-9-]{1,59}$/;
export const POOL_ID = /^[a-z][a-z0-9-]{1,39}$/;
/** A pool gives a card its answer and three wrong options at least. */
export const MIN_POOL_MEMBERS = 4;
export const MIN_SORT_MEMBERS = 2;
/** A shipped mcq card is asked with exactly its own three wrong options. */
export const SHIPPED_MCQ_DISTRACTORS = 3;
const CLOZE = /\{\{([^{}]+)\}\}/g;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function formatProblem(p: DeckProblem): string {
  return `${p.file}${p.cardId ? ` card ${p.cardId}` : ''}${p.sortId ? ` sort ${p.sortId}` : ''}${p.linkId ? ` link ${p.linkId}` : ''}${p.poolId ? ` pool ${p.poolId}` : ''} ${p.field}: ${p.message}`;
}

const wordCount = (s: string) => s.trim().split(/\s+/).length;
const same = sameText;

type Fail = (field: string, message: string, cardId?: string) => void;

/** Validates one deck. `takenIds` are ids already used by other decks (and their retired lists). */
export function validateDeck(raw: unknown, file: string, takenIds: ReadonlySet<string> = new Set()): DeckResult {
  const problems: DeckProblem[] = [];
  const fail: Fail = (field, message, cardId) => problems.push({ file, field, message, ...(cardId ? { cardId } : {}) });
  if (!isObject(raw)) {
    fail('deck', 'expected a mapping with id, title, topic, version, intro, talkingPoints and cards');
    return { ok: false, problems };
  }
  const header = deckHeader(raw, fail);
  const retired = retiredIds(raw, takenIds, fail);
  const cards = deckCards(raw, new Set([...takenIds, ...retired]), retired, fail);
  const cardIds = new Set(cards.map((c) => c.id));
  const failSort = (field: string, message: string, sortId: string) => problems.push({ file, field, message, sortId });
  const sorts = raw.sorts === undefined ? [] : validateSorts(raw.sorts, cardIds, fail, failSort);
  const failLink = (field: string, message: string, linkId: string) => problems.push({ file, field, message, linkId });
  const links = raw.links === undefined ? [] : validateLinks(raw.links, cardIds, fail, failLink);
  const failPool = (field: string, message: string, poolId: string) => problems.push({ file, field, message, poolId });
  const pools = raw.pools === undefined ? [] : validatePools(raw.pools, fail, failPool);
  const poolIds = new Set(Array.isArray(raw.pools) ? raw.pools.flatMap((p) => (isObject(p) && isText(p.id) ? [p.id.trim()] : [])) : []);
  checkPoolRefs(cards, pools, poolIds, fail, failPool);

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    deck: {
      ...header, cards,
      ...(sorts.length > 0 ? { sorts } : {}),
      ...(links.length > 0 ? { links } : {}),
      ...(pools.length > 0 ? { pools } : {}),
    },
    retired,
  };
}

/** A deck's own fields: id (never in the imported namespace), title, topic, version, intro and talking points. */
function deckHeader(raw: Raw, fail: Fail): Pick<Deck, 'id' | 'title' | 'topic' | 'version' | 'intro' | 'talkingPoints'> {
  const text = (field: string): string => {
    const v = raw[field];
    if (!isText(v)) { fail(field, 'is missing or empty'); return ''; }
    return v.trim();
  };
  const id = text('id');
  if (id && !DECK_ID.test(id)) fail('id', `"${id}" must be lower-case letters, digits and dashes`);
  else if (id.startsWith(IMPORTED_DECK_PREFIX)) fail('id', `"${id}" starts with "${IMPORTED_DECK_PREFIX}", which is kept for decks the learner imports`);
  const title = text('title');
  const topic = raw.topic as Topic;
  if (!TOPICS.includes(topic)) fail('topic', `"${String(raw.topic)}" is not one of ${TOPICS.join(', ')}`);
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) fail('version', 'must be a whole number of at least 1');
  const intro = text('intro');
  const talkingPoints = stringList(raw.talkingPoints, 'talkingPoints', fail);
  if (talkingPoints.length === 0) fail('talkingPoints', 'needs at least one talking point');
  return { id, title, topic, version: version as number, intro, talkingPoints };
}

/** Card ids the deck once shipped and retired: never reused, by this deck or another. */
function retiredIds(raw: Raw, takenIds: ReadonlySet<string>, fail: Fail): string[] {
  const retired = raw.retired === undefined ? [] : stringList(raw.retired, 'retired', fail);
  for (const r of retired) if (!isShippedCardId(r)) fail('retired', `"${r}" is not a card id like act-001`);
  const seen = new Set(takenIds);
  for (const r of retired) {
    if (seen.has(r)) fail('retired', `"${r}" is listed twice or used by another deck`);
    seen.add(r);
  }
  return retired;
}

/** The deck's cards, each valid and with an id no other card, deck or retired list has. */
function deckCards(raw: Raw, taken: ReadonlySet<string>, retired: readonly string[], fail: Fail): Card[] {
  const seen = new Set<string>(taken);
  const cards: Card[] = [];
  if (!Array.isArray(raw.cards) || raw.cards.length === 0) {
    fail('cards', 'needs a list of at least one card');
    return cards;
  }
  raw.cards.forEach((rawCard, index) => {
    const card = validateCard(rawCard, index, fail);
    if (!card) return;
    if (seen.has(card.id)) {
      fail('id', retired.includes(card.id) ? 'is retired and may not be reused' : 'is used twice', card.id);
      return;
    }
    seen.add(card.id);
    cards.push(card);
  });
  return cards;
}

/**
 * A deck-level list of entries with ids (sorts, links): the list, each mapping, its id (unique in
 * the deck) and its fields are checked here; `one` checks the rest and reports through `bad`.
 * An entry with any problem is left out.
 */
function validateEntries<T>(
  rawList: unknown,
  what: { list: 'sorts' | 'links' | 'pools'; noun: string; idPattern: RegExp; fields: readonly string[]; expected: string },
  failDeck: (field: string, message: string) => void,
  fail: (field: string, message: string, entryId: string) => void,
  one: (raw: Raw, id: string, bad: (field: string, message: string) => void) => T | undefined,
): T[] {
  if (!Array.isArray(rawList)) {
    failDeck(what.list, `must be a list of ${what.list}, each with ${what.expected}`);
    return [];
  }
  const entries: T[] = [];
  const ids = new Set<string>();
  const known = new Set(what.fields);
  rawList.forEach((raw, index) => {
    if (!isObject(raw)) {
      failDeck(`${what.list}[${index}]`, `expected a mapping with ${what.expected}`);
      return;
    }
    const id = isText(raw.id) ? raw.id.trim() : '';
    let count = 0;
    const bad = (field: string, message: string) => { count++; fail(field, message, id || `#${index + 1}`); };
    if (!id) bad('id', 'is missing');
    else if (!what.idPattern.test(id)) bad('id', `"${id}" must be lower-case letters, digits and dashes`);
    else if (ids.has(id)) bad('id', 'is used twice');
    if (id) ids.add(id);
    for (const key of Object.keys(raw)) if (!known.has(key)) bad(key, `is not a ${what.noun} field`);
    const entry = one(raw, id, bad);
    if (count === 0 && entry !== undefined) entries.push(entry);
  });
  return entries;
}

/** An entry's `cards`: ids of cards in this deck, each once. */
function cardRefs(raw: unknown, cardIds: ReadonlySet<string>, bad: (field: string, message: string) => void, required: boolean): string[] {
  if (raw === undefined && !required) return [];
  if (!Array.isArray(raw) || !raw.every(isText) || (required && raw.length === 0)) {
    bad('cards', required ? 'needs a list of at least one card id of this deck' : 'must be a list of card ids');
    return [];
  }
  const cards = raw.map((c) => c.trim());
  cards.forEach((c, i) => {
    if (!cardIds.has(c)) bad(`cards[${i}]`, `"${c}" is not a card of this deck`);
    else if (cards.indexOf(c) !== i) bad(`cards[${i}]`, `"${c}" is repeated`);
  });
  return cards;
}

/** The optional deck-level `sorts` ("which side?" exercises); problems name the sort id and field. */
function validateSorts(
  rawList: unknown, cardIds: ReadonlySet<string>,
  failDeck: (field: string, message: string) => void,
  fail: (field: string, message: string, sortId: string) => void,
): Sort[] {
  const what = {
    list: 'sorts', noun: 'sort', idPattern: SORT_ID, expected: 'id, question, sides and a quote or background',
    fields: ['id', 'question', 'sides', 'cards', 'explanation', 'quote', 'background'],
  } as const;
  return validateEntries(rawList, what, failDeck, fail, (raw, id, bad): Sort | undefined => {
    const question = isText(raw.question) ? raw.question.trim() : '';
    if (!question) bad('question', 'is missing or empty');
    let explanation: string | undefined;
    if (raw.explanation !== undefined) {
      if (!isText(raw.explanation)) bad('explanation', 'must be non-empty text');
      else explanation = raw.explanation.trim();
    }

    const sides: SortSide[] = [];
    if (!Array.isArray(raw.sides) || raw.sides.length !== 2) {
      bad('sides', 'needs exactly two sides, each with label and members');
    } else {
      raw.sides.forEach((rawSide, s) => {
        if (!isObject(rawSide)) { bad(`sides[${s}]`, 'expected a mapping with label and members'); return; }
        const label = isText(rawSide.label) ? rawSide.label.trim() : '';
        if (!label) bad(`sides[${s}].label`, 'is missing or empty');
        const members = rawSide.members;
        if (!Array.isArray(members) || !members.every(isText)) {
          bad(`sides[${s}].members`, 'must be a list of non-empty strings');
          return;
        }
        const list = members.map((m) => m.trim());
        if (list.length < MIN_SORT_MEMBERS) bad(`sides[${s}].members`, `needs at least ${MIN_SORT_MEMBERS}, found ${list.length}`);
        list.forEach((m, i) => {
          if (list.findIndex((o) => same(o, m)) !== i) bad(`sides[${s}].members[${i}]`, `"${m}" is repeated`);
        });
        sides.push({ label, members: list });
      });
      const [a, b] = sides;
      if (a && b) {
        if (a.label && same(a.label, b.label)) bad('sides[1].label', `"${b.label}" is the label of the other side too`);
        b.members.forEach((m, i) => {
          if (a.members.some((o) => same(o, m))) bad(`sides[1].members[${i}]`, `"${m}" is on both sides`);
        });
      }
    }

    const cards = cardRefs(raw.cards, cardIds, bad, false);
    const source = validateSource(raw, bad);
    if (!source || !sides[0] || !sides[1]) return undefined;
    return {
      id, question, sides: [sides[0], sides[1]], source,
      ...(cards.length > 0 ? { cards } : {}),
      ...(explanation ? { explanation } : {}),
    };
  });
}

/** The optional deck-level `links` (edges of the alignment web); problems name the link id and field. */
function validateLinks(
  rawList: unknown, cardIds: ReadonlySet<string>,
  failDeck: (field: string, message: string) => void,
  fail: (field: string, message: string, linkId: string) => void,
): AlignmentLink[] {
  const what = {
    list: 'links', noun: 'link', idPattern: LINK_ID, expected: 'id, from, to, type, label, cards and a quote or background',
    fields: ['id', 'from', 'to', 'type', 'label', 'cards', 'quote', 'background'],
  } as const;
  return validateEntries(rawList, what, failDeck, fail, (raw, id, bad): AlignmentLink | undefined => {
    const actor = (field: 'from' | 'to'): ActorId | undefined => {
      const v = raw[field];
      if (typeof v === 'string' && ACTOR_IDS.includes(v as ActorId)) return v as ActorId;
      bad(field, `"${String(v)}" is not one of ${ACTOR_IDS.join(', ')}`);
      return undefined;
    };
    const from = actor('from');
    const to = actor('to');
    if (from && from === to) bad('to', `"${to}" is the same actor as from`);
    const type = raw.type as LinkType;
    if (!LINK_TYPES.includes(type)) bad('type', `"${String(raw.type)}" is not one of ${LINK_TYPES.join(', ')}`);
    const label = isText(raw.label) ? raw.label.trim() : '';
    if (!label) bad('label', 'is missing or empty');

    const cards = cardRefs(raw.cards, cardIds, bad, true);
    const source = validateSource(raw, bad);
    if (!source || !from || !to) return undefined;
    return { id, from, to, type, label, cards, source };
  });
}

/** The optional deck-level `pools` (reviewed wrong options shared by cards); problems name the pool id and field. */
function validatePools(
  rawList: unknown,
  failDeck: (field: string, message: string) => void,
  fail: (field: string, message: string, poolId: string) => void,
): DistractorPool[] {
  const what = {
    list: 'pools', noun: 'pool', idPattern: POOL_ID, expected: 'id, about and members',
    fields: ['id', 'about', 'members'],
  } as const;
  return validateEntries(rawList, what, failDeck, fail, (raw, id, bad): DistractorPool | undefined => {
    const about = isText(raw.about) ? raw.about.trim() : '';
    if (!about) bad('about', 'is missing or empty: say what the members are, and why no card naming the pool has two of them right');
    if (!Array.isArray(raw.members) || !raw.members.every(isText)) {
      bad('members', 'must be a list of non-empty strings');
      return undefined;
    }
    const members = raw.members.map((m) => m.trim());
    if (members.length < MIN_POOL_MEMBERS) bad('members', `needs at least ${MIN_POOL_MEMBERS} (an answer and three wrong options), found ${members.length}`);
    members.forEach((m, i) => {
      if (members.findIndex((o) => same(o, m)) !== i) bad(`members[${i}]`, `"${m}" is repeated`);
    });
    return { id, about, members };
  });
}

/**
 * A card's `pool` names a pool of its deck that holds its answer (naming it declares the members
 * mutually exclusive answers to the card), and every pool is named by some card.
 */
function checkPoolRefs(
  cards: readonly Card[], pools: readonly DistractorPool[], listedIds: ReadonlySet<string>,
  fail: (field: string, message: string, cardId?: string) => void,
  failPool: (field: string, message: string, poolId: string) => void,
): void {
  const byId = new Map(pools.map((p) => [p.id, p]));
  for (const card of cards) {
    if (card.pool === undefined) continue;
    const pool = byId.get(card.pool);
    if (!pool) {
      // A listed pool with problems of its own is reported there, once.
      if (!listedIds.has(card.pool)) fail('pool', `"${card.pool}" is not a pool of this deck`, card.id);
      continue;
    }
    if (!pool.members.some((m) => same(m, card.answer))) {
      fail('pool', `the answer "${card.answer}" is not a member of pool "${pool.id}": a card draws options from a pool only when its answer is one of the pool's mutually exclusive members`, card.id);
    }
  }
  for (const pool of pools) {
    if (!cards.some((c) => c.pool === pool.id)) failPool('id', 'is not named by any card of this deck', pool.id);
  }
}

function stringList(v: unknown, field: string, fail: (f: string, m: string) => void): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every(isText)) {
    fail(field, 'must be a list of non-empty strings');
    return [];
  }
  return v.map((s) => s.trim());
}

type Bad = (field: string, message: string) => void;

const CARD_FIELDS = new Set(['id', 'kind', 'prompt', 'answer', 'explanation', 'quote', 'background', 'tags',
  'answerKind', 'distractors', 'pool', 'truth', 'correction', 'views', 'steps', 'core']);

/** One card: its id and kind, its texts, what its kind adds, its source, its options and its tags. Any problem leaves it out. */
function validateCard(
  raw: unknown, index: number, fail: (field: string, message: string, cardId?: string) => void,
): Card | undefined {
  if (!isObject(raw)) {
    fail(`cards[${index}]`, 'expected a mapping with id, kind, prompt …');
    return undefined;
  }
  const id = isText(raw.id) ? raw.id.trim() : '';
  let count = 0;
  const bad: Bad = (field, message) => { count++; fail(field, message, id || `#${index + 1}`); };
  if (!id) bad('id', 'is missing');
  else if (!isShippedCardId(id)) bad('id', `"${id}" must look like act-001 (2–6 letters, a dash, 3 digits; four digits are kept for imported cards)`);

  const kind = raw.kind as CardKind;
  if (!CARD_KINDS.includes(kind)) {
    bad('kind', `"${String(raw.kind)}" is not one of ${CARD_KINDS.join(', ')}`);
    return undefined;
  }
  for (const key of Object.keys(raw)) if (!CARD_FIELDS.has(key)) bad(key, 'is not a card field');

  const texts = cardTexts(raw, kind, bad);
  const parts = kindParts(raw, kind, texts, bad);
  const source = validateSource(raw, bad);
  const options = cardOptions(raw, kind, parts.answer, bad);
  const tags = cardTags(raw, bad);
  if (count > 0 || !source) return undefined;
  return {
    id, kind, prompt: parts.prompt, answer: parts.answer, explanation: texts.explanation, source, tags,
    ...options,
    ...(parts.truth !== undefined ? { truth: parts.truth } : {}),
    ...(parts.correction ? { correction: parts.correction } : {}),
    ...(parts.views ? { views: parts.views } : {}),
    ...(parts.steps ? { steps: parts.steps } : {}),
    ...(raw.core === true ? { core: true } : {}),
  };
}

/** Kinds whose answer the validator derives (from the deletion, the truth, the views, the steps): the file leaves it out. */
const DERIVED_ANSWER: readonly CardKind[] = ['cloze', 'truefalse', 'perspective', 'order'];

/** The prompt, explanation and (unless derived) answer, trimmed; '' where missing. */
function cardTexts(raw: Raw, kind: CardKind, bad: Bad): { prompt: string; answer: string; explanation: string } {
  const prompt = isText(raw.prompt) ? raw.prompt.trim() : '';
  if (!prompt) bad('prompt', 'is missing or empty');
  const explanation = isText(raw.explanation) ? raw.explanation.trim() : '';
  if (!explanation) bad('explanation', 'is missing or empty');
  const answer = isText(raw.answer) ? raw.answer.trim() : '';
  const derived = DERIVED_ANSWER.includes(kind);
  if (derived && raw.answer !== undefined) bad('answer', `is derived for a ${kind} card; leave it out`);
  if (!derived && !answer) bad('answer', 'is missing or empty');
  return { prompt, answer, explanation };
}

interface KindParts {
  prompt: string;
  answer: string;
  truth?: boolean;
  correction?: string;
  views?: Perspective[];
  steps?: string[];
}

/** What a card's kind adds (and what other kinds may not have), with the prompt and answer it derives. */
function kindParts(raw: Raw, kind: CardKind, texts: { prompt: string; answer: string }, bad: Bad): KindParts {
  let parts: KindParts = { prompt: texts.prompt, answer: texts.answer };
  if (kind === 'cloze' && texts.prompt) parts = { ...parts, ...clozeParts(texts.prompt, bad) };
  if (kind === 'truefalse') parts = { ...parts, ...trueFalseParts(raw, bad) };
  else if (raw.truth !== undefined || raw.correction !== undefined) bad('truth', 'only a truefalse card has truth and correction');
  if (kind === 'perspective') parts = { ...parts, ...perspectiveParts(raw, bad) };
  else if (raw.views !== undefined) bad('views', 'only a perspective card has views');
  if (kind === 'order') parts = { ...parts, ...orderParts(raw, bad) };
  else if (raw.steps !== undefined) bad('steps', 'only an order card has steps');
  return parts;
}

/** A cloze's one {{deletion}} is its answer; the prompt shows a blank in its place. */
function clozeParts(prompt: string, bad: Bad): Partial<KindParts> {
  const deletions = [...prompt.matchAll(CLOZE)];
  if (deletions.length !== 1) {
    bad('prompt', `a cloze needs exactly one {{deletion}}, found ${deletions.length}`);
    return {};
  }
  return { answer: deletions[0]![1]!.trim(), prompt: prompt.replace(CLOZE, CLOZE_BLANK) };
}

/** A true/false statement's truth, and for a false one its correction. */
function trueFalseParts(raw: Raw, bad: Bad): Partial<KindParts> {
  let truth: boolean | undefined;
  let correction: string | undefined;
  if (typeof raw.truth !== 'boolean') bad('truth', 'must be true or false');
  else truth = raw.truth;
  if (truth === false) {
    if (!isText(raw.correction)) bad('correction', 'a false statement needs its correction');
    else correction = raw.correction.trim();
  } else if (raw.correction !== undefined) bad('correction', 'only a false statement has a correction');
  const answer = truth ? 'True' : `False. ${correction ?? ''}`.trim();
  return { answer, ...(truth !== undefined ? { truth } : {}), ...(correction ? { correction } : {}) };
}

/** A perspective card's views (two at least, each who and view); its answer lists them. */
function perspectiveParts(raw: Raw, bad: Bad): Partial<KindParts> {
  const list = raw.views;
  if (!Array.isArray(list) || list.length < 2 || !list.every((v) => isObject(v) && isText(v.who) && isText(v.view))) {
    bad('views', 'needs at least two entries, each with who and view');
    return {};
  }
  const views = list.map((v) => ({ who: String((v as Raw).who).trim(), view: String((v as Raw).view).trim() }));
  return { views, answer: views.map((v) => `${v.who}: ${v.view}`).join('\n') };
}

/** An order card's steps, in the right order, each short and different; it has no options and no answer kind. */
function orderParts(raw: Raw, bad: Bad): Partial<KindParts> {
  const list = raw.steps;
  let parts: Partial<KindParts> = {};
  if (!Array.isArray(list) || list.length < MIN_STEPS || list.length > MAX_STEPS || !list.every(isText)) {
    bad('steps', `needs ${MIN_STEPS} to ${MAX_STEPS} steps, in the right order, each a short non-empty text`);
  } else {
    const steps = list.map((t) => t.trim());
    const repeated = new Set(repeats(steps, sameText));
    steps.forEach((t, i) => {
      if (t.length > MAX_STEP_LENGTH) bad(`steps[${i}]`, `is ${t.length} characters; at most ${MAX_STEP_LENGTH}`);
      if (repeated.has(i)) bad(`steps[${i}]`, `"${t}" is repeated`);
    });
    parts = { steps, answer: steps.map((t, i) => `${i + 1}. ${t}`).join('\n') };
  }
  // The options of an order question are its own steps: nothing else is ever offered.
  if (raw.distractors !== undefined) bad('distractors', 'an order card has none: its steps are what the learner orders');
  if (raw.answerKind !== undefined) bad('answerKind', 'an order card has none: its answer is an order, not a fact of a kind');
  return parts;
}

/** How a card may be asked with options: its answer kind, its hand-written distractors (distractor-rule.ts) and the pool it names. */
function cardOptions(raw: Raw, kind: CardKind, answer: string, bad: Bad): Pick<Card, 'answerKind' | 'distractors' | 'pool'> {
  const options: Pick<Card, 'answerKind' | 'distractors' | 'pool'> = {};
  if (raw.answerKind !== undefined) {
    if (!ANSWER_KINDS.includes(raw.answerKind as AnswerKind)) bad('answerKind', `"${String(raw.answerKind)}" is not one of ${ANSWER_KINDS.join(', ')}`);
    else options.answerKind = raw.answerKind as AnswerKind;
  }
  let distractors: string[] = [];
  if (raw.distractors !== undefined) {
    if (!Array.isArray(raw.distractors) || !raw.distractors.every(isText)) bad('distractors', 'must be a list of non-empty strings');
    else options.distractors = distractors = raw.distractors.map((d) => d.trim());
  }
  for (const p of distractorProblems(kind, answer, distractors, SHIPPED_MCQ_DISTRACTORS)) {
    if (p.problem === 'count') bad('distractors', 'an mcq card needs exactly three');
    else bad(`distractors[${p.index}]`, p.problem === 'is-answer' ? `"${p.distractor}" is the answer` : `"${p.distractor}" is repeated`);
  }
  if (raw.pool !== undefined) {
    if (typeof raw.pool !== 'string' || !POOL_ID.test(raw.pool.trim())) bad('pool', `"${String(raw.pool)}" must be the id of a pool of this deck`);
    else if (kind !== 'basic' && kind !== 'cloze' && kind !== 'mcq') bad('pool', `a ${kind} card is not asked with options; only basic, cloze and mcq cards name a pool`);
    else options.pool = raw.pool.trim();
  }
  return options;
}

/** Lower-case tags; `core` is true or false. */
function cardTags(raw: Raw, bad: Bad): string[] {
  if (raw.core !== undefined && typeof raw.core !== 'boolean') bad('core', 'must be true or false');
  if (raw.tags === undefined) return [];
  if (!Array.isArray(raw.tags) || !raw.tags.every((t) => typeof t === 'string' && /^[a-z0-9-]+$/.test(t))) {
    bad('tags', 'must be a list of lower-case words');
    return [];
  }
  return raw.tags as string[];
}

function validateSource(raw: Raw, bad: (field: string, message: string) => void): CardSource | undefined {
  const hasQuote = raw.quote !== undefined;
  const hasBackground = raw.background !== undefined;
  if (hasQuote === hasBackground) {
    bad('source', 'needs exactly one of quote (from the article) or background (dated and cited)');
    return undefined;
  }
  if (hasQuote) {
    if (!isText(raw.quote)) { bad('quote', 'is empty'); return undefined; }
    const quote = raw.quote.trim();
    const words = wordCount(quote);
    if (words > MAX_QUOTE_WORDS) { bad('quote', `is ${words} words; at most ${MAX_QUOTE_WORDS}`); return undefined; }
    return { type: 'article', quote };
  }
  const b = raw.background;
  if (!isObject(b)) { bad('background', 'must be a mapping with date and citation'); return undefined; }
  // YAML turns an unquoted 2025-08-08 into a Date; accept both.
  const date = b.date instanceof Date ? b.date.toISOString().slice(0, 10) : b.date;
  if (typeof date !== 'string' || !ISO_DATE.test(date)) {
    bad('background.date', 'must be a date written YYYY-MM-DD');
    return undefined;
  }
  if (!isText(b.citation)) { bad('background.citation', 'is missing'); return undefined; }
  if (b.url !== undefined && !isWebLink(b.url)) {
    bad('background.url', `must be ${WEB_LINK_RULE}`);
    return undefined;
  }
  return { type: 'background', date, citation: b.citation.trim(), ...(typeof b.url === 'string' ? { url: b.url } : {}) };
}
