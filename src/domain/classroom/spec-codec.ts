/**
 * The share link: a spec as text for a URL fragment (never sent to a server), and back.
 *
 * Format: `1.` (the spec version) then base64url of
 *   length of the JSON in bytes (unsigned LEB128) ‖ a check byte of the length (the low byte of its CRC-32)
 *   ‖ JSON with one-letter keys (UTF-8) ‖ CRC-32 of all before it (big-endian).
 * The length tells a link cut short from one that was changed (its own check byte keeps a changed
 * length from passing for a cut); the CRC catches the change.
 * JSON: { t: title, d: [[deck id, version]…], s: seed, n: count, q: seconds per question,
 *         k?: kinds as a bit mask in QUESTION_KINDS order, c?: card ids, x?: custom decks,
 *         l?: a live class's database address (live.ts) }
 * `l` is not part of the quiz: the same quiz shared live or not has the same id and result codes'
 * tag, and an older app, which ignores the key, opens a live link as a class without a server.
 * A custom deck: { i, t: title, v: version, s?: the source most of its cards share,
 *   n?: id prefix when its card ids run prefix-0001, prefix-0002 … as an import makes them, c: cards }.
 * A card: [prompt, answer, explanation?, extra?], extra holding what an imported card seldom has:
 *   { i?: id (absent: from n), k?: kind (absent: basic), g?: tags, w?: answer kind, x?: distractors,
 *     t?: truth (0/1), r?: correction, v?: [[who, view]…], p?: steps, o?: 1 (core), s?: source (absent: the deck's) }.
 * A source is ["a", quote] | ["b", date, citation, url?] | ["i", file, date].
 */
import type { Card, CardSource, Deck } from '../deck/types.ts';
import { QUESTION_KINDS, type QuestionKind } from '../quiz/types.ts';
import { fromBase64url, toBase64url } from './base64url.ts';
import { crc32 } from './crc.ts';
import { tooDeep } from '../trust.ts';
import { canonicalSpec, SPEC_VERSION, validateSpec, type ClassroomSpec } from './spec.ts';
import { isObject } from '../validation';
import { checkLiveUrl, type LiveTarget } from './live.ts';

/** A decoded link: the quiz, and the class database its answers go to when the class runs live. */
export type LinkResult = { ok: true; spec: ClassroomSpec; live?: LiveTarget } | { ok: false; error: string };

/** A link up to this many bytes fits a QR code a phone camera reads reliably (version 40 holds 2,953 at level L). */
export const QR_LINK_LIMIT = 2300;
/** Longer fragments are refused unread. */
const MAX_FRAGMENT = 4_000_000;
/** A spec's JSON nests seven levels at most (a card's views in a custom deck); far deeper is not one. */
const MAX_WIRE_DEPTH = 16;

const FIX_LINK = 'Copy the whole link again, or scan the QR code.';
export const SPEC_ERRORS = {
  empty: 'This link has no quiz in it: the part after "#" is missing.',
  notOurs: 'This is not a Faultlines quiz link.',
  newer: 'This link was made by a newer version of Faultlines. Update the app (reload when online) and open the link again.',
  incomplete: `This link is incomplete: it may have been cut off when copied. ${FIX_LINK}`,
  tooLong: `This link has extra characters at its end. ${FIX_LINK}`,
  damaged: `This link is damaged: part of it was changed after it was made. ${FIX_LINK}`,
  tooBig: 'This link is too long to be a Faultlines quiz link.',
} as const;

// ---- the spec as JSON with short keys -------------------------------------------------------

type WireSource = [string, ...string[]];
const sourceToWire = (s: CardSource): WireSource =>
  s.type === 'article' ? ['a', s.quote]
    : s.type === 'background' ? ['b', s.date, s.citation, ...(s.url ? [s.url] : [])]
      : ['i', s.file, s.date];

function sourceFromWire(w: unknown): unknown {
  if (!Array.isArray(w)) return w;
  const [type, a, b, c] = w as unknown[];
  if (type === 'a') return { type: 'article', quote: a };
  if (type === 'b') return { type: 'background', date: a, citation: b, ...(c !== undefined ? { url: c } : {}) };
  if (type === 'i') return { type: 'imported', file: a, date: b };
  return { type };
}

/** The id an import gives a deck's card number `index` (from 0). */
const sequentialId = (prefix: string, index: number) => `${prefix}-${String(index + 1).padStart(4, '0')}`;

function deckToWire(deck: Deck): Record<string, unknown> {
  // The source most cards share is written once; imported cards all name the same file and date.
  const counts = new Map<string, number>();
  for (const c of deck.cards) { const key = JSON.stringify(sourceToWire(c.source)); counts.set(key, (counts.get(key) ?? 0) + 1); }
  const common = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const prefix = deck.cards[0]?.id.split('-')[0] ?? '';
  const sequential = deck.cards.every((c, i) => c.id === sequentialId(prefix, i));
  return {
    i: deck.id, t: deck.title, v: deck.version,
    ...(common ? { s: JSON.parse(common) as WireSource } : {}),
    ...(sequential ? { n: prefix } : {}),
    c: deck.cards.map((c) => cardToWire(c, common, sequential)),
  };
}

function cardToWire(c: Card, common: string | undefined, sequential: boolean): unknown[] {
  const source = JSON.stringify(sourceToWire(c.source));
  const extra = {
    ...(sequential ? {} : { i: c.id }),
    ...(c.kind !== 'basic' ? { k: c.kind } : {}),
    ...(c.tags.length ? { g: c.tags } : {}),
    ...(c.answerKind ? { w: c.answerKind } : {}),
    ...(c.distractors ? { x: c.distractors } : {}),
    ...(c.truth !== undefined ? { t: c.truth ? 1 : 0 } : {}),
    ...(c.correction !== undefined ? { r: c.correction } : {}),
    ...(c.views ? { v: c.views.map((v) => [v.who, v.view]) } : {}),
    ...(c.steps ? { p: c.steps } : {}),
    ...(c.core ? { o: 1 } : {}),
    ...(source !== common ? { s: sourceToWire(c.source) } : {}),
  };
  const hasExtra = Object.keys(extra).length > 0;
  return [c.prompt, c.answer, ...(c.explanation || hasExtra ? [c.explanation] : []), ...(hasExtra ? [extra] : [])];
}

function toWire(spec: ClassroomSpec): Record<string, unknown> {
  return {
    t: spec.title,
    d: spec.decks.map((d) => [d.id, d.version]),
    s: spec.seed,
    n: spec.count,
    q: spec.secondsPerQuestion,
    ...(spec.kinds ? { k: spec.kinds.reduce((mask, k) => mask | (1 << QUESTION_KINDS.indexOf(k)), 0) } : {}),
    ...(spec.cardIds ? { c: spec.cardIds } : {}),
    ...(spec.customDecks ? { x: spec.customDecks.map(deckToWire) } : {}),
  };
}

const mapList = (v: unknown, f: (x: unknown) => unknown) => (Array.isArray(v) ? v.map(f) : v);

/** The wire JSON back into the shape of a spec; types are left to validateSpec, which reports them. */
function fromWire(w: unknown): unknown {
  if (!isObject(w)) return w;
  const kinds = typeof w.k === 'number' && Number.isInteger(w.k) && w.k > 0 && w.k < 1 << QUESTION_KINDS.length
    ? QUESTION_KINDS.filter((_, i) => (Number(w.k) >> i) & 1) : w.k;
  return {
    v: SPEC_VERSION,
    title: w.t,
    decks: mapList(w.d, (d) => (Array.isArray(d) ? { id: d[0], version: d[1] } : d)),
    seed: w.s,
    count: w.n,
    secondsPerQuestion: w.q,
    ...(w.k !== undefined ? { kinds: kinds as QuestionKind[] } : {}),
    ...(w.c !== undefined ? { cardIds: w.c } : {}),
    ...(w.x !== undefined ? { customDecks: mapList(w.x, deckFromWire) } : {}),
  };
}

function deckFromWire(d: unknown): unknown {
  if (!isObject(d)) return d;
  const prefix = typeof d.n === 'string' ? d.n : undefined;
  const cards = Array.isArray(d.c) ? d.c.map((c: unknown, i) => cardFromWire(c, d.s, prefix === undefined ? undefined : sequentialId(prefix, i))) : d.c;
  return { id: d.i, title: d.t, version: d.v, cards };
}

function cardFromWire(c: unknown, common: unknown, id: string | undefined): unknown {
  if (!Array.isArray(c)) return c;
  const [prompt, answer, explanation, extra] = c as unknown[];
  const x = isObject(extra) ? extra : {};
  return {
    id: x.i ?? id,
    kind: x.k ?? 'basic',
    prompt,
    answer,
    explanation: explanation ?? '',
    source: sourceFromWire(x.s ?? common),
    tags: x.g ?? [],
    ...(x.w !== undefined ? { answerKind: x.w } : {}),
    ...(x.x !== undefined ? { distractors: x.x } : {}),
    ...(x.t !== undefined ? { truth: x.t === 1 ? true : x.t === 0 ? false : x.t } : {}),
    ...(x.r !== undefined ? { correction: x.r } : {}),
    ...(x.v !== undefined ? { views: mapList(x.v, (v) => (Array.isArray(v) ? { who: v[0], view: v[1] } : v)) } : {}),
    ...(x.p !== undefined ? { steps: x.p } : {}),
    ...(x.o !== undefined ? { core: x.o === 1 ? true : x.o } : {}),
  };
}

// ---- framing: length, JSON, CRC-32, base64url ----------------------------------------------

function writeLength(n: number): number[] {
  const out: number[] = [];
  do {
    out.push((n & 0x7f) | (n >= 0x80 ? 0x80 : 0));
    n = Math.floor(n / 0x80);
  } while (n > 0);
  return out;
}

/**
 * The spec as URL-fragment text (`1.` + base64url), with a live class's database when given.
 * Throws a TypeError on an invalid spec: check user input with validateSpec first.
 */
export function encodeSpec(spec: ClassroomSpec, live?: LiveTarget): string {
  const json = new TextEncoder().encode(JSON.stringify({ ...toWire(canonicalSpec(spec)), ...(live ? { l: live.url } : {}) }));
  const length = writeLength(json.length);
  const head = [...length, crc32(Uint8Array.from(length)) & 0xff, ...json];
  const crc = crc32(Uint8Array.from(head));
  const bytes = Uint8Array.from([...head, crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff]);
  return `${SPEC_VERSION}.${toBase64url(bytes)}`;
}

/**
 * A spec from the text of a link: the fragment, with or without its `#`, or the whole link.
 * Every way it can be wrong gets its own message (see SPEC_ERRORS), and every field is checked.
 */
export function decodeSpec(text: string): LinkResult {
  if (text.length > MAX_FRAGMENT) return { ok: false, error: SPEC_ERRORS.tooBig };
  const hash = text.indexOf('#');
  // A link wrapped over lines by a mail program comes back with spaces and line breaks in it.
  // … and one copied out of a sentence may bring the sentence's punctuation along.
  const fragment = (hash >= 0 ? text.slice(hash + 1) : text).replace(/\s+/g, '').replace(/[.,;:!?)\]}>'"]+$/, '');
  if (fragment === '') return { ok: false, error: SPEC_ERRORS.empty };
  const match = /^(\d{1,6})(?:\.(.*))?$/s.exec(fragment);
  if (!match) return { ok: false, error: SPEC_ERRORS.notOurs };
  const version = Number(match[1]);
  if (version > SPEC_VERSION) return { ok: false, error: SPEC_ERRORS.newer };
  if (version !== SPEC_VERSION) return { ok: false, error: SPEC_ERRORS.notOurs };
  if (match[2] === undefined || match[2] === '') return { ok: false, error: SPEC_ERRORS.incomplete };

  const decoded = fromBase64url(match[2]);
  if (!decoded.ok) return { ok: false, error: decoded.truncated ? SPEC_ERRORS.incomplete : SPEC_ERRORS.damaged };
  const bytes = decoded.bytes;
  let length = 0;
  let at = 0;
  for (let shift = 1; ; shift *= 0x80) {
    const byte = bytes[at++];
    if (byte === undefined) return { ok: false, error: SPEC_ERRORS.incomplete };
    length += (byte & 0x7f) * shift;
    if ((byte & 0x80) === 0) break;
    if (at >= 4) return { ok: false, error: SPEC_ERRORS.damaged };
  }
  const check = bytes[at++];
  if (check === undefined) return { ok: false, error: SPEC_ERRORS.incomplete };
  if ((crc32(bytes.subarray(0, at - 1)) & 0xff) !== check) return { ok: false, error: SPEC_ERRORS.damaged };
  const end = at + length;
  if (bytes.length < end + 4) return { ok: false, error: SPEC_ERRORS.incomplete };
  if (bytes.length > end + 4) return { ok: false, error: SPEC_ERRORS.tooLong };
  const crc = ((bytes[end]! << 24) | (bytes[end + 1]! << 16) | (bytes[end + 2]! << 8) | bytes[end + 3]!) >>> 0;
  if (crc32(bytes.subarray(0, end)) !== crc) return { ok: false, error: SPEC_ERRORS.damaged };

  let wire: unknown;
  try {
    wire = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(at, end)));
  } catch {
    return { ok: false, error: SPEC_ERRORS.damaged };
  }
  if (tooDeep(wire, MAX_WIRE_DEPTH) !== undefined) return { ok: false, error: "This link's quiz is not valid: it nests lists and objects far more deeply than a quiz ever does." };
  const result = validateSpec(fromWire(wire));
  if (!result.ok) return { ok: false, error: `This link's quiz is not valid: ${result.error}.` };
  const l = isObject(wire) ? wire.l : undefined;
  if (l === undefined) return result;
  const live = checkLiveUrl(l);
  return live.ok ? { ...result, live: live.target } : { ok: false, error: `This link's live class is not valid: ${live.error}. Ask your teacher for the link again.` };
}

/**
 * The share link for a spec on the page at `pageUrl` (any fragment of it is replaced), and whether it
 * is short enough for a QR code; a longer one (a custom deck with many cards) can still be copied.
 */
export function encodeShareLink(spec: ClassroomSpec, pageUrl: string, live?: LiveTarget): { link: string; fitsQr: boolean } {
  const hash = pageUrl.indexOf('#');
  const link = `${hash >= 0 ? pageUrl.slice(0, hash) : pageUrl}#${encodeSpec(spec, live)}`;
  return { link, fitsQr: new TextEncoder().encode(link).length <= QR_LINK_LIMIT };
}
