/**
 * The id rules of domain/trust.ts: which ids are shipped and which imported, in two namespaces that
 * never meet. A file of its own because the first load needs it (the storage upgrade, imported decks).
 */

/** Any card id: a shipped card's (`act-007`) or an imported card's (`abcde-0001`). */
export const CARD_ID = /^[a-z]{2,6}-\d{3,4}$/;
export const DECK_ID = /^[a-z][a-z0-9-]{1,39}$/;
/**
 * Shipped and imported ids live in two namespaces that cannot meet: a shipped card id has three
 * digits (`act-007`), an imported card's four (`abcde-0001`); a shipped deck id never starts with
 * "custom-", an imported deck's always does, followed by the letters its cards start with.
 */
export const SHIPPED_CARD_ID = /^[a-z]{2,6}-\d{3}$/;
export const IMPORTED_DECK_PREFIX = 'custom-';
const IMPORTED_DECK_ID = /^custom-([a-z]{2,6})$/;

/** The ids of everything Faultlines ships: its decks, and every card id it has ever shipped (retired ones too). */
export interface ShippedIds {
  deckIds: ReadonlySet<string>;
  cardIds: ReadonlySet<string>;
}

export const isShippedDeckId = (id: string): boolean => DECK_ID.test(id) && !id.startsWith(IMPORTED_DECK_PREFIX);
export const isShippedCardId = (id: string): boolean => SHIPPED_CARD_ID.test(id);
export const isImportedDeckId = (id: string): boolean => IMPORTED_DECK_ID.test(id);
/** The letters an imported deck's card ids start with: `abcde` for `custom-abcde`. */
export const importedCardPrefix = (deckId: string): string | undefined => IMPORTED_DECK_ID.exec(deckId)?.[1];
/** Whether `cardId` belongs to the imported deck `deckId`: its letters, a dash and four digits. */
export function isImportedCardOf(cardId: string, deckId: string): boolean {
  const prefix = importedCardPrefix(deckId);
  return prefix !== undefined && cardId.startsWith(`${prefix}-`) && /^\d{4}$/.test(cardId.slice(prefix.length + 1));
}
/** The id of an imported deck's card number `n` (from 1). */
export const importedCardId = (prefix: string, n: number): string => `${prefix}-${String(n).padStart(4, '0')}`;

export const IMPORTED_DECK_ID_RULE = `"${IMPORTED_DECK_PREFIX}" and 2 to 6 lower-case letters, like "custom-abcde"`;
export const importedCardIdRule = (deckId: string): string => {
  const prefix = importedCardPrefix(deckId) ?? 'abcde';
  return `"${prefix}-" and four digits, like "${importedCardId(prefix, 1)}" (an imported card carries its deck's letters)`;
};
