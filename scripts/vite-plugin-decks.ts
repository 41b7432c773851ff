/**
 * Compiles decks/*.yaml at build time. `virtual:decks` is the small catalogue the first screen
 * needs (titles, versions, content hashes, card ids, and the retired card ids); each deck's cards are a module of their own,
 * `virtual:deck/<id>`, loaded lazily and precached, so no parser and no card text is in the first load.
 * The decks' intros and talking points, which only the Library and the Briefing show, are `virtual:deck-notes`, loaded lazily too.
 * A deck with problems fails the build with every problem named by file, card and field.
 */
import type { Plugin } from 'vite';
import { formatProblem } from '../src/domain/deck/validate.ts';
import { loadDecks } from './deck-loader.ts';

const CATALOG = 'virtual:decks';
const NOTES = 'virtual:deck-notes';
const DECK_PREFIX = 'virtual:deck/';

export function decksPlugin(dir: string): Plugin {
  const load = () => {
    const result = loadDecks(dir);
    if (result.problems.length > 0) {
      throw new Error(`Invalid decks:\n${result.problems.map(formatProblem).join('\n')}`);
    }
    return result;
  };
  return {
    name: 'faultlines-decks',
    resolveId(id) {
      if (id === CATALOG || id === NOTES || id.startsWith(DECK_PREFIX)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (!id.startsWith('\0')) return undefined;
      const name = id.slice(1);
      if (name !== CATALOG && name !== NOTES && !name.startsWith(DECK_PREFIX)) return undefined;
      this.addWatchFile(dir);
      const { decks, retired } = load();
      if (name === CATALOG) {
        // Sorts, links and pools, like cards, stay in the deck chunks, and intros and talking points in
        // the notes: the catalogue is only what the first screen needs.
        const catalog = decks.map(({ cards, sorts: _s, links: _l, pools: _p, intro: _i, talkingPoints: _t, ...d }) => ({ ...d, cardIds: cards.map((c) => c.id) }));
        const loaders = decks
          .map((d) => `  ${JSON.stringify(d.id)}: () => import(${JSON.stringify(DECK_PREFIX + d.id)}).then((m) => m.default),`)
          .join('\n');
        // Retired ids stay known: ratings of a retired card are still the learner's, and a backup may hold them.
        return `export const catalog = ${JSON.stringify(catalog)};\nexport const retired = ${JSON.stringify(retired)};\nexport const loaders = {\n${loaders}\n};\n`;
      }
      if (name === NOTES) {
        const notes = Object.fromEntries(decks.map((d) => [d.id, { intro: d.intro, talkingPoints: d.talkingPoints }]));
        return `export const notes = JSON.parse(${JSON.stringify(JSON.stringify(notes))});\n`;
      }
      const deck = decks.find((d) => d.id === name.slice(DECK_PREFIX.length));
      if (!deck) throw new Error(`No deck "${name.slice(DECK_PREFIX.length)}" in decks/`);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(deck))});\n`;
    },
  };
}
