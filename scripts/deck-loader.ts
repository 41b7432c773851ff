/**
 * Build-time side of the deck pipeline: reads decks/*.yaml, validates every deck with the domain's
 * validator, gives each card its content hash, and reports problems by file, card and field. Used by vite.config.ts (to compile decks
 * into modules) and by scripts/decks.mjs (decks:check, decks:json, decks:lock).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { TOPICS, type Deck, type Topic } from '../src/domain/deck/types.ts';
import { withContentHashes } from '../src/domain/deck/content-hash.ts';
import { validateDeck, type DeckProblem } from '../src/domain/deck/validate.ts';

export interface LoadedDecks {
  decks: Deck[];
  retired: string[];
  problems: DeckProblem[];
}

export function loadDecks(dir: string): LoadedDecks {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  const decks: Deck[] = [];
  const retired: string[] = [];
  const problems: DeckProblem[] = [];
  const taken = new Set<string>();
  const deckIds = new Set<string>();
  for (const file of files) {
    const doc = parseDocument(readFileSync(join(dir, file), 'utf8'), { prettyErrors: true });
    if (doc.errors.length > 0) {
      for (const e of doc.errors) problems.push({ file, field: 'yaml', message: e.message.split('\n')[0] ?? 'syntax error' });
      continue;
    }
    const result = validateDeck(doc.toJS(), `decks/${file}`, taken);
    if (!result.ok) { problems.push(...result.problems); continue; }
    const { deck } = result;
    if (deckIds.has(deck.id)) {
      problems.push({ file: `decks/${file}`, field: 'id', message: `deck id "${deck.id}" is used by another deck` });
      continue;
    }
    deckIds.add(deck.id);
    for (const c of deck.cards) taken.add(c.id);
    for (const r of result.retired) taken.add(r);
    retired.push(...result.retired);
    // Every card's content hash, and the deck's: how a new version of the deck tells what changed.
    decks.push(withContentHashes(deck));
  }
  // Decks appear in the order of the topics (actors, corridors, alignments, flashpoints, later), not of file names.
  const order = (d: Deck) => TOPICS.indexOf(d.topic as Topic);
  decks.sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id));
  if (files.length === 0) problems.push({ file: dir, field: 'decks', message: 'no *.yaml deck files found' });
  return { decks, retired, problems };
}
