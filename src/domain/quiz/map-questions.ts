/**
 * Map questions: "Tap Nakhchivan on the map" (tap-place) and "Which route is highlighted?"
 * (which-route). Each asks one card, one of its place's or route's key cards (domain/map) that the
 * quiz may ask, so a map question is graded like a single-card question. It comes in one variant
 * per such key card, in order of preference, all with the same id: a quiz takes the first whose
 * card is still free. No key card among the asked decks, no question about that place or route.
 */
import type { Card, Deck } from '../deck/types.ts';
import { PLACES, ROUTES, type MapPlace, type MapRoute } from '../map/places.ts';
import type { QuestionBank } from './bank.ts';
import { cardFeedback, cardInWords } from './questions.ts';
import { byText, createRng, shuffle } from './rng.ts';
import type { Feedback, MapOption, MapQuestion, QuestionKind, TapPlaceQuestion, WhichRouteQuestion } from './types.ts';

/** About one single-card question in MAP_SHARE is a map question, when the decks allow. */
export const MAP_SHARE = 8;
/** A topic's first map question comes at this place among its single-card questions. */
const MAP_FIRST = 2;

export const WHICH_ROUTE_PROMPT = 'Which route is highlighted on the map?';

/** Every place, in the order of their names (the list alternative to tapping). */
const PLACE_OPTIONS: MapOption[] = PLACES.map((p) => ({ id: p.id, name: p.name })).sort((a, b) => byText(a.name, b.name));

/**
 * A map question asks its card in another form ("Tap Iran"), so its feedback says the card itself
 * (its question and answer) before the card's explanation, which speaks of that card, not of the map.
 */
const mapFeedback = (card: Card): Feedback => ({ ...cardFeedback(card), about: `The card behind this question: ${cardInWords(card)}` });

/**
 * The map questions the asked decks allow, of the given kinds, in a seeded order: one list per place
 * or route, its variants in order of preference.
 */
export function mapQuestions(bank: QuestionBank, asked: readonly Deck[], kinds: ReadonlySet<QuestionKind>, seed: string | number): MapQuestion[][] {
  const askable = new Set(asked.flatMap((d) => d.cards.map((c) => c.id)));
  const keyCards = (item: MapPlace | MapRoute) => item.cards.filter((c) => askable.has(c)).flatMap((id) => bank.cards.get(id) ?? []);
  const out: MapQuestion[][] = [];
  if (kinds.has('tap-place')) {
    for (const place of PLACES) {
      out.push(keyCards(place).map((entry): TapPlaceQuestion => ({
        id: `tap-place:${place.id}`, kind: 'tap-place', cardIds: [entry.card.id], topic: entry.topic, core: entry.card.core === true,
        prompt: `Tap ${place.inSentence} on the map.`, feedback: [mapFeedback(entry.card)],
        places: PLACE_OPTIONS, answer: place.id, alsoRight: PLACES.filter((p) => p.partOf === place.id).map((p) => p.id),
      })));
    }
  }
  if (kinds.has('which-route')) {
    for (const route of ROUTES) {
      const options = shuffle(createRng(seed, 'which-route', route.id), ROUTES).map((r) => ({ id: r.id, name: r.name }));
      out.push(keyCards(route).map((entry): WhichRouteQuestion => ({
        id: `which-route:${route.id}`, kind: 'which-route', cardIds: [entry.card.id], topic: entry.topic, core: entry.card.core === true,
        prompt: WHICH_ROUTE_PROMPT, feedback: [mapFeedback(entry.card)],
        options, answerIndex: options.findIndex((o) => o.id === route.id),
      })));
    }
  }
  return shuffle(createRng(seed, 'map'), out.filter((variants) => variants.length > 0));
}

/**
 * A topic's single-card questions with its map questions placed at MAP_FIRST and every MAP_SHARE-th
 * place after it (a question's variants side by side: a quiz takes one of them at most, as they share an id).
 */
export function withMapQuestions<Q>(singles: readonly Q[], maps: readonly (readonly Q[])[]): Q[] {
  const out = [...singles];
  let at = MAP_FIRST;
  for (const variants of maps) {
    out.splice(Math.min(out.length, at), 0, ...variants);
    at += variants.length + MAP_SHARE - 1;
  }
  return out;
}
