/**
 * A deck as Anki notes: one note per card, and one per "which side?" sort, each with the id as its
 * guid so that importing a newer version updates the notes in place and keeps the learner's Anki
 * scheduling. Anki has a form for basic and cloze cards only; every other kind becomes a basic
 * note whose back writes the answer out. Plain text here; the writers make it HTML.
 * One home for the mapping: the text export (runtime) and the .apkg files (build time) both use it.
 */
import { CLOZE_BLANK, TOPIC_TITLES, type Card, type CardSource, type Deck, type Sort } from '../deck/types.ts';
import { studySteps } from '../quiz/order.ts';

export interface AnkiNote {
  /** The card's id (a sort's is `<deck id>:<sort id>`): stable, never reused. */
  guid: string;
  /** Anki's basic note type, or its cloze type (the .apkg only: a text file has one note type). */
  type: 'basic' | 'cloze';
  front: string;
  back: string;
  /** Cloze notes: the text with the deletion marked `{{c1::…}}`. */
  cloze?: string;
  explanation: string;
  source: string;
  tags: string[];
}

/** The words of a card's source: the quote and where it is from, or the dated citation. */
export function sourceText(source: CardSource): string {
  if (source.type === 'article') return `“${source.quote}” — from the article “Iran-Azerbaijan relations in the shadow of regional conflict” (July 2025)`;
  if (source.type === 'background') return `Background, as of ${source.date}: ${source.citation}${source.url ? ` ${source.url}` : ''}`;
  return `Imported from ${source.file} on ${source.date}`;
}

/** Anki tags hold no spaces; `::` makes a hierarchy (topic::actors). */
const tag = (text: string) => text.trim().toLowerCase().replace(/\s+/g, '-');

function deckTags(deck: Deck, kind: string, own: readonly string[]): string[] {
  return [...new Set(['faultlines', `topic::${tag(deck.topic)}`, `kind::${tag(kind)}`, ...own.map(tag)].filter(Boolean))];
}

function front(card: Card): string {
  if (card.kind === 'truefalse') return `True or false? ${card.prompt}`;
  if (card.kind === 'perspective') return `${card.prompt}\n\n(How does each side see it?)`;
  if (card.kind === 'order') return `${card.prompt}\n\nPut in order:\n${studySteps(card).map((s) => `• ${s}`).join('\n')}`;
  return card.prompt;
}

export function cardNote(card: Card, deck: Deck): AnkiNote {
  const cloze = card.kind === 'cloze' && card.prompt.split(CLOZE_BLANK).length === 2
    ? card.prompt.replace(CLOZE_BLANK, `{{c1::${card.answer.replace(/\}\}/g, '} }').replace(/::/g, ': :')}}}`)
    : undefined;
  return {
    guid: card.id,
    type: cloze ? 'cloze' : 'basic',
    front: front(card),
    back: card.answer,
    ...(cloze ? { cloze } : {}),
    explanation: card.explanation,
    source: sourceText(card.source),
    tags: deckTags(deck, card.kind, card.tags),
  };
}

/** A "which side?" sort: every item on the front (in a fixed order that tells nothing), each side with its items on the back. */
export function sortNote(sort: Sort, deck: Deck): AnkiNote {
  const items = sort.sides.flatMap((s) => s.members).sort((a, b) => a.localeCompare(b, 'en'));
  return {
    guid: `${deck.id}:${sort.id}`,
    type: 'basic',
    front: `${sort.question}\n\n${items.map((i) => `• ${i}`).join('\n')}`,
    back: sort.sides.map((s) => `${s.label}:\n${s.members.map((m) => `• ${m}`).join('\n')}`).join('\n\n'),
    explanation: sort.explanation ?? '',
    source: sourceText(sort.source),
    tags: deckTags(deck, 'which-side', []),
  };
}

export const deckNotes = (deck: Deck): AnkiNote[] => [...deck.cards.map((c) => cardNote(c, deck)), ...(deck.sorts ?? []).map((s) => sortNote(s, deck))];

/** The Anki deck the notes go to: under "Faultlines", except the learner's own decks. */
export const ankiDeckName = (deck: Deck): string =>
  deck.topic === 'custom' ? deck.title : `Faultlines::${deck.title || TOPIC_TITLES[deck.topic]}`;

/** The field names of the note types, in order (the text export's columns, the .apkg's fields). */
export const BASIC_FIELDS = ['Front', 'Back', 'Explanation', 'Source'] as const;
export const CLOZE_FIELDS = ['Text', 'Explanation', 'Source'] as const;

/** A note's fields as plain text, in the order of its note type's fields. */
export const noteFields = (note: AnkiNote): string[] =>
  note.type === 'cloze' && note.cloze ? [note.cloze, note.explanation, note.source] : [note.front, note.back, note.explanation, note.source];
