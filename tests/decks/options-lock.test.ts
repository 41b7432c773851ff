/**
 * decks/options.lock pins every option the quiz can offer each card (npm run decks:options), as
 * decks/ids.lock pins every shipped id: a new, changed or vanished option fails here until the lock is
 * regenerated, so it is always a reviewed change.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDecks } from '../../scripts/deck-loader';
import { formatOptions, listOptions } from '../../scripts/deck-options';

const { decks } = loadDecks(fileURLToPath(new URL('../../decks', import.meta.url)));
const lockPath = fileURLToPath(new URL('../../decks/options.lock', import.meta.url));
const list = listOptions(decks);

describe('decks/options.lock', () => {
  it('holds exactly the options the quiz can offer today', () => {
    expect(existsSync(lockPath), 'decks/options.lock is missing: run npm run decks:options -- --lock').toBe(true);
    const locked = readFileSync(lockPath, 'utf8').split('\n');
    const now = formatOptions(list).split('\n');
    const added = now.filter((l) => !locked.includes(l));
    const removed = locked.filter((l) => !now.includes(l));
    const why = 'the quiz options differ from decks/options.lock; read them with npm run decks:options, fix what you would not put before a class, then run npm run decks:options -- --lock and commit the reviewed list';
    expect({ added: added.slice(0, 20), removed: removed.slice(0, 20) }, why).toEqual({ added: [], removed: [] });
    expect(now, why).toEqual(locked);
  });

  it('lists, for every card, all of its reviewed wrong options and nothing else: the seeds reach every one', () => {
    expect(list.length, 'cards asked with options').toBeGreaterThanOrEqual(100);
    for (const entry of list) {
      const deck = decks.find((d) => d.id === entry.deckId)!;
      const card = deck.cards.find((c) => c.id === entry.cardId)!;
      const pool = deck.pools?.find((p) => p.id === card.pool)?.members ?? [];
      const reviewed = [...new Set([...(card.distractors ?? []), ...pool])].filter((o) => o.toLowerCase() !== card.answer.toLowerCase()).sort();
      expect(entry.wrong.map((w) => w.text).sort(), card.id).toEqual(reviewed);
    }
  });
});
