/**
 * Content checks for the shipped decks (decks/*.yaml): the format rules the validator cannot see
 * (counts, errata of the source article, the id lock). Every failure names the offending card.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { loadDecks } from '../../scripts/deck-loader';
import { CONTENT_REACH } from '../../src/domain/deck/reach';
import { LATER_TOPIC, type Card, type Deck } from '../../src/domain/deck/types';

const decksDir = fileURLToPath(new URL('../../decks', import.meta.url));
const lockPath = fileURLToPath(new URL('../../decks/ids.lock', import.meta.url));
const loaded = loadDecks(decksDir);
const decks: Deck[] = loaded.decks;
const cards: Card[] = decks.flatMap((d) => d.cards);

/** All text of a card written in our own words (everything except the verbatim quote). */
function ownText(card: Card): string[] {
  return [
    card.prompt,
    card.answer,
    card.explanation,
    card.correction ?? '',
    ...(card.views ?? []).flatMap((v) => [v.who, v.view]),
    ...(card.distractors ?? []),
  ];
}

/** Misspellings in the source article that may only appear inside a verbatim quote. */
const ARTICLE_TYPOS = /\bAzerbaidjan\b|\brisc\b/i;

/** Wordings that place the 17th ECO summit in Baku (it was held in Khankendi). */
const ECO_IN_BAKU = [
  /\b(ECO|Economic Cooperation Organi[sz]ation)\b[^.]*\bsummit\b[^.]*\b(in|at) Baku\b/i,
  /\bsummit\b[^.]*\b(held|hosted|took place|convened)\b[^.]*\b(in|at) Baku\b/i,
  /\bsummit (in|at) Baku\b/i,
  /\bBaku\b[^.]*\bhosted\b[^.]*\b(ECO|the) summit\b/i,
  /\bBaku (ECO )?summit\b/i,
];
const saysEcoSummitInBaku = (text: string) => ECO_IN_BAKU.some((re) => re.test(text));

describe('decks: loading', () => {
  it('loads every deck with zero problems', () => {
    const messages = loaded.problems.map((p) => `${p.file}${p.cardId ? ` card ${p.cardId}` : ''} ${p.field}: ${p.message}`);
    expect(messages, messages.join('\n')).toEqual([]);
    expect(decks.map((d) => d.topic).sort()).toEqual(['actors', 'alignments', 'corridors', 'flashpoints', 'later']);
  });

  it('gives every deck an intro and 5–8 talking points', () => {
    for (const deck of decks) {
      expect(deck.intro.trim().length, `deck ${deck.id}: intro is empty`).toBeGreaterThan(0);
      const n = deck.talkingPoints.length;
      expect(n >= 5 && n <= 8, `deck ${deck.id}: ${n} talking points, expected 5–8`).toBe(true);
    }
  });
});

describe('decks: ids', () => {
  it('uses every card id once across all decks', () => {
    const seen = new Map<string, string>();
    for (const deck of decks) {
      for (const card of deck.cards) {
        const other = seen.get(card.id);
        expect(other, `card ${card.id} is used in deck ${deck.id} and in deck ${other}`).toBeUndefined();
        seen.set(card.id, deck.id);
      }
    }
  });

  it('keeps every id in decks/ids.lock either shipped or retired', () => {
    expect(existsSync(lockPath), 'decks/ids.lock is missing: run npm run decks:lock').toBe(true);
    const locked = readFileSync(lockPath, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    const shipped = new Set(cards.map((c) => c.id));
    const retired = new Set(loaded.retired);
    for (const id of locked) {
      expect(shipped.has(id) || retired.has(id), `card ${id} is in decks/ids.lock but neither shipped nor retired`).toBe(true);
    }
  });
});

describe('decks: cards', () => {
  it('gives every card a source (a quote or dated, cited background)', () => {
    for (const card of cards) {
      const s = card.source;
      const ok = s.type === 'article' ? s.quote.trim().length > 0 : s.type === 'background' && s.date.length > 0 && s.citation.trim().length > 0;
      expect(ok, `card ${card.id} has no usable source`).toBe(true);
    }
  });

  it('ships at least 160 cards and at least 60 mcq cards with three distractors', () => {
    expect(cards.length, `only ${cards.length} cards`).toBeGreaterThanOrEqual(160);
    const mcqs = cards.filter((c) => c.kind === 'mcq');
    for (const card of mcqs) {
      expect(card.distractors?.length, `card ${card.id}: an mcq needs exactly three distractors`).toBe(3);
    }
    expect(mcqs.length, `only ${mcqs.length} mcq cards`).toBeGreaterThanOrEqual(60);
  });

  it('keeps mcq distractors distinct from the answer and from each other', () => {
    const norm = (s: string) => s.trim().toLowerCase();
    const withDistractors = cards.filter((c) => c.distractors);
    expect(withDistractors.length, 'the decks have cards with hand-written distractors').toBeGreaterThan(0);
    for (const card of withDistractors) {
      const options = (card.distractors ?? []).map(norm);
      expect(options, `card ${card.id}: a distractor equals the answer`).not.toContain(norm(card.answer));
      expect(new Set(options).size, `card ${card.id}: repeated distractors`).toBe(options.length);
    }
  });

  it('dates background cards no later than today and cites them', () => {
    const today = new Date().toISOString().slice(0, 10);
    const background = cards.flatMap((card) => (card.source.type === 'background' ? [{ id: card.id, source: card.source }] : []));
    expect(background.length, 'the decks have background cards').toBeGreaterThan(0);
    for (const { id, source } of background) {
      expect(source.date, `card ${id}: background date must be YYYY-MM-DD`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(source.date <= today, `card ${id}: background date ${source.date} is in the future`).toBe(true);
      expect(source.citation.trim().length, `card ${id}: background has no citation`).toBeGreaterThan(0);
    }
  });
});

describe('decks: errata of the source article', () => {
  it('keeps the misspellings "Azerbaidjan" and "risc" inside quotes only', () => {
    for (const card of cards) {
      const hit = ownText(card).find((t) => ARTICLE_TYPOS.test(t));
      expect(hit, `card ${card.id} repeats an article misspelling outside a quote: "${hit}"`).toBeUndefined();
    }
    for (const deck of decks) {
      const hit = [deck.intro, ...deck.talkingPoints].find((t) => ARTICLE_TYPOS.test(t));
      expect(hit, `deck ${deck.id} repeats an article misspelling: "${hit}"`).toBeUndefined();
    }
  });

  it('never says the ECO summit was held in Baku (it was in Khankendi)', () => {
    // The detector itself must catch the wordings it is meant to catch.
    expect(saysEcoSummitInBaku('The 17th ECO summit was held in Baku.')).toBe(true);
    expect(saysEcoSummitInBaku('Pezeshkian attended the Baku summit.')).toBe(true);
    expect(saysEcoSummitInBaku('The summit was held in Khankendi, after his April visit to Baku.')).toBe(false);
    for (const card of cards) {
      const text = [card.prompt, card.answer, card.explanation, card.correction ?? '', ...(card.views ?? []).map((v) => v.view)];
      const hit = text.find(saysEcoSummitInBaku);
      expect(hit, `card ${card.id} places the ECO summit in Baku: "${hit}"`).toBeUndefined();
    }
    for (const deck of decks) {
      const hit = [deck.intro, ...deck.talkingPoints].find(saysEcoSummitInBaku);
      expect(hit, `deck ${deck.id} places the ECO summit in Baku: "${hit}"`).toBeUndefined();
    }
  });
});

describe('decks: true and false, core and background', () => {
  it('balances true/false cards: as many true statements as false ones, give or take one', () => {
    const tf = cards.filter((c) => c.kind === 'truefalse');
    const right = tf.filter((c) => c.truth).length;
    expect(tf.length, 'true/false cards').toBeGreaterThanOrEqual(20);
    expect(Math.abs(right - (tf.length - right)), `${right} true, ${tf.length - right} false`).toBeLessThanOrEqual(1);
  });

  it('keeps `core` for the article\'s own claims: no background card is core', () => {
    for (const card of cards) {
      expect(card.core === true && card.source.type === 'background', `card ${card.id} is background but core`).toBe(false);
    }
  });
});

/** Claims the notes on later developments mark [unconfirmed]: no card, answer or talking point may make them. */
const UNCONFIRMED = [
  /\bjoined the Abraham Accords\b/i,
  /\b(?:has|was|had been) opened\b|\bopened (?:to|for) traffic\b/i,
  /\bwon (?:the )?(?:7 June |June )?(?:2026 )?election\b|\belection result\b/i,
  /\bdiplomats (?:have )?returned\b|\breturned to (?:Tehran|Tabriz)\b/i,
  /\bconstruction (?:has )?(?:began|begun|started)\b/i,
  /\bbinding (?:TRIPP )?agreement\b/i,
  /\bHormuz\b[^.]*\b(?:re-?closed|closed again)\b/i,
];
const claimsUnconfirmed = (text: string) => UNCONFIRMED.some((re) => re.test(text));
/** Outlets the notes mark state-run or partisan: a card citing one says so. */
const MARKED_OUTLETS = ['TRT World', 'Trend', 'Press TV', 'Iran International', 'AzerNews', 'Tehran Times', 'Mehr', 'TASS'];

describe('decks: after the article', () => {
  const later = decks.filter((d) => d.topic === LATER_TOPIC);
  const laterCards = later.flatMap((d) => d.cards);
  const endOf = (ym: string) => `${ym}-31`;

  it('has a deck of at least 25 cards, every one dated background from August 2025 to the month Today names', () => {
    expect(later.map((d) => d.title)).toEqual(['After the article']);
    expect(laterCards.length).toBeGreaterThanOrEqual(25);
    const dates = laterCards.map((c) => {
      expect(c.source.type, `card ${c.id} is not background`).toBe('background');
      return c.source.type === 'background' ? c.source.date : '';
    });
    for (const [i, d] of dates.entries()) {
      expect(d >= '2025-08-01' && d <= endOf(CONTENT_REACH.later), `card ${laterCards[i]!.id}: ${d} is outside August 2025 – ${CONTENT_REACH.later}`).toBe(true);
    }
    expect(dates.some((d) => d.startsWith(CONTENT_REACH.later)), `no card reaches ${CONTENT_REACH.later}, the month Today names`).toBe(true);
  });

  it('dates the article where Today does: the card citing the article itself is from that month', () => {
    const self = cards.filter((c) => c.source.type === 'background' && (c.source.url ?? '').includes('eurasiabaike.ro'));
    expect(self.length, 'a card citing the source article online').toBeGreaterThan(0);
    for (const c of self) expect(c.source.type === 'background' && c.source.date.startsWith(CONTENT_REACH.article), c.id).toBe(true);
  });

  it('notes the stance of an outlet the notes mark state-run or partisan', () => {
    const cited = laterCards.filter((c) => c.source.type === 'background' && MARKED_OUTLETS.some((o) => c.source.type === 'background' && c.source.citation.includes(o)));
    expect(cited.length, 'cards citing marked outlets').toBeGreaterThan(10);
    for (const c of cited) {
      const citation = c.source.type === 'background' ? c.source.citation : '';
      expect(/\bstate\b|\bopposition\b/i.test(citation), `card ${c.id} cites a marked outlet without its stance: ${citation}`).toBe(true);
    }
  });

  it('asks, for the major events, how each bears on the article\'s claims', () => {
    const bearing = laterCards.filter((c) => /\bbears? on\b/.test(c.prompt));
    expect(bearing.length).toBeGreaterThanOrEqual(12);
    // Each names the article's words it is about.
    for (const c of bearing) expect(/'[^']{6,}'/.test(c.prompt), `card ${c.id} does not quote the words it bears on`).toBe(true);
  });

  it('says so where the sources disagree', () => {
    const text = laterCards.map((c) => [c.prompt, c.answer, c.explanation, c.correction ?? ''].join(' '));
    const has = (...words: RegExp[]) => text.some((t) => words.every((w) => w.test(t)));
    expect(has(/\bfour\b/, /\btwo\b/, /differ/), 'the drone count').toBe(true);
    expect(has(/6 (?:or|and) 7 March/, /differ/), 'the date of the apology').toBe(true);
    expect(has(/Bazrpash/, /Sadegh/, /disagree/), "Iran's minister on 13 October 2025").toBe(true);
    expect(has(/49 years/, /99/), 'the length of the TRIPP rights').toBe(true);
  });

  it('turns nothing marked unconfirmed into a claim', () => {
    expect(claimsUnconfirmed('Azerbaijan joined the Abraham Accords in 2026.')).toBe(true);
    expect(claimsUnconfirmed('The bridge was opened in March.')).toBe(true);
    expect(claimsUnconfirmed('It would open once its customs facilities were ready.')).toBe(false);
    for (const c of cards) {
      const hit = [c.prompt, c.answer, c.explanation, c.correction ?? '', ...(c.views ?? []).map((v) => v.view)].find(claimsUnconfirmed);
      expect(hit, `card ${c.id} makes an unconfirmed claim: "${hit}"`).toBeUndefined();
    }
    for (const d of decks) {
      const hit = [d.intro, ...d.talkingPoints].find(claimsUnconfirmed);
      expect(hit, `deck ${d.id} makes an unconfirmed claim: "${hit}"`).toBeUndefined();
    }
  });
});
