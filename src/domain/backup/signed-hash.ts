/**
 * The checksum of a backup computed while it is read. A backup signs the canonical JSON of the file
 * without its checksum (canonical.ts): keys sorted, at the top and in every record. The writer
 * (writer.ts) puts the stores in that order, so for its files each record's canonical text goes
 * into SHA-256 as it is read, and nothing is kept. Older versions wrote the stores in another order
 * (memories, reviews, quizResults, settings, importedDecks, classSessions): a store that arrives
 * before its turn is kept as canonical text until its turn comes, up to BUFFER_CHARS; past that it
 * is dropped and hashed in another read of the file (`finishPass` says so). Pure.
 */
import { canonicalJson } from '../canonical-json';
import { createSha256, type Hasher } from './sha256';

/** Canonical text kept for stores that arrive before their turn, at most (in UTF-16 units). */
export const BUFFER_CHARS = 32_000_000;

/** The file's layout as the first read found it: its top-level keys and its stores, in file order. */
export interface FileLayout {
  topKeys: string[];
  stores: string[];
  /** Whether `data` is an object (its stores are hashed one by one). */
  dataObject: boolean;
}

export interface SignedHasher {
  field(key: string, value: unknown): void;
  beginData(): void;
  beginStore(name: string, list: boolean): void;
  record(value: unknown): void;
  single(value: unknown): void;
  endStore(): void;
  endData(): void;
  /**
   * After a read of the whole file: the hex digest of the signed text, or `again` when another read
   * is needed (a store too large to keep came before its turn), or `restart` when the file's order
   * could not be foreseen: then hash it again with createSignedHasher(layout).
   */
  finishPass(): { status: 'done'; hex: string } | { status: 'again' } | { status: 'restart'; layout: FileLayout };
}

/**
 * `known`: the layout from an earlier read (then every order works, in one read or a few); without
 * it, the stores are expected to be those of `tableStores`.
 */
export function createSignedHasher(tableStores: readonly string[], known?: FileLayout, bufferChars = BUFFER_CHARS): SignedHasher {
  const sha: Hasher = createSha256();
  // Top-level values are small: kept (as canonical text) for as many reads as it takes.
  const top = new Map<string, string>();
  const seenTop: string[] = [];
  const seenStores: string[] = [];
  let dataObject = false;
  let broken = false;
  const emitted = new Set<string>();
  const buffers = new Map<string, string[]>();
  const dropped = new Set<string>();
  let buffered = 0;
  let headDone = false;
  let dataEnded = false;
  let tailDone = false;

  // Within data: the store being read, and where its text goes.
  let current: { name: string; list: boolean; mode: 'stream' | 'buffer' | 'skip'; first: boolean; pieces: string[] } | undefined;
  let storeCount = 0;

  const topOrder = () => (known ? known.topKeys : seenTop).filter((k) => k !== 'checksum').sort();
  const expectedStores = (): string[] => (known ? known.stores : [...new Set([...tableStores, ...seenStores])]);
  const allBefore = (name: string) => expectedStores().every((n) => n >= name || emitted.has(n));

  /** `{` and every top-level field before data, then `"data":{`: once all of them are known. */
  const head = (): boolean => {
    if (headDone) return true;
    const before = topOrder().filter((k) => k < 'data');
    if (!before.every((k) => top.has(k))) return false;
    sha.update(`{${before.map((k) => `${JSON.stringify(k)}:${top.get(k)},`).join('')}"data":{`);
    headDone = true;
    return true;
  };
  const emitStoreText = (name: string, body: string) => {
    sha.update(`${emitted.size > 0 ? ',' : ''}${JSON.stringify(name)}:`);
    sha.update(body);
  };
  /** Buffered stores whose turn has come. */
  const flush = () => {
    // Nothing of data goes in before the fields that come before it.
    if (!headDone) return;
    for (;;) {
      const next = expectedStores().filter((n) => !emitted.has(n)).sort()[0];
      if (next === undefined || !buffers.has(next)) return;
      const body = buffers.get(next)!;
      buffers.delete(next);
      emitStoreText(next, body.join(''));
      buffered -= body.reduce((a, b) => a + b.length, 0);
      emitted.add(next);
    }
  };

  return {
    field(key, value) {
      if (!seenTop.includes(key)) seenTop.push(key);
      if (key === 'checksum') return;
      if (key === 'data') { dataObject = false; top.set(key, canonicalJson(value)); return; }
      if (!known && headDone && key < 'data') broken = true;
      top.set(key, canonicalJson(value));
    },
    beginData() {
      if (!seenTop.includes('data')) seenTop.push('data');
      dataObject = true;
      head();
    },
    beginStore(name, list) {
      seenStores.push(name);
      storeCount++;
      let mode: 'stream' | 'buffer' | 'skip';
      if (emitted.has(name)) mode = 'skip';
      else if (headDone && allBefore(name)) mode = 'stream';
      else mode = dropped.has(name) && known ? 'skip' : 'buffer';
      if (!known && [...emitted].some((n) => n > name)) broken = true;
      current = { name, list, mode, first: true, pieces: [] };
      if (mode === 'stream') sha.update(`${emitted.size > 0 ? ',' : ''}${JSON.stringify(name)}:${list ? '[' : ''}`);
      else if (mode === 'buffer' && list) current.pieces.push('[');
    },
    record(value) {
      const c = current!;
      if (c.mode === 'skip') return;
      const text = `${c.first ? '' : ','}${canonicalJson(value)}`;
      c.first = false;
      if (c.mode === 'stream') { sha.update(text); return; }
      c.pieces.push(text);
      buffered += text.length;
      if (buffered > bufferChars) {
        buffered -= c.pieces.reduce((a, b) => a + b.length, 0);
        c.pieces = [];
        c.mode = 'skip';
        dropped.add(c.name);
      }
    },
    single(value) {
      const c = current!;
      if (c.mode === 'skip') return;
      const text = canonicalJson(value);
      if (c.mode === 'stream') sha.update(text);
      else { c.pieces.push(text); buffered += text.length; }
    },
    endStore() {
      const c = current!;
      current = undefined;
      if (c.mode === 'stream') {
        if (c.list) sha.update(']');
        emitted.add(c.name);
        dropped.delete(c.name);
        flush();
      } else if (c.mode === 'buffer') {
        if (c.list) c.pieces.push(']');
        buffers.set(c.name, c.pieces);
        flush();
      }
    },
    endData() {
      dataEnded = true;
    },
    finishPass() {
      const layout: FileLayout = { topKeys: [...seenTop], stores: [...seenStores], dataObject };
      if (broken) return { status: 'restart', layout };
      if (!known) {
        // Now the file's stores are known: those of the table it lacks are not coming.
        known = layout;
      }
      const order = topOrder();
      if (!dataObject || !order.includes('data')) {
        // No data object: the signed text is the top-level fields alone.
        if (!order.every((k) => top.has(k))) return { status: 'again' };
        if (headDone) return { status: 'restart', layout };
        sha.update(`{${order.map((k) => `${JSON.stringify(k)}:${top.get(k)}`).join(',')}}`);
        return { status: 'done', hex: sha.hex() };
      }
      if (!head()) return { status: 'again' };
      flush();
      if (expectedStores().some((n) => !emitted.has(n))) { storeCount = 0; return { status: 'again' }; }
      if (!tailDone) {
        const after = order.filter((k) => k > 'data');
        if (!after.every((k) => top.has(k))) return { status: 'again' };
        sha.update(`}${after.map((k) => `,${JSON.stringify(k)}:${top.get(k)}`).join('')}}`);
        tailDone = true;
      }
      void dataEnded;
      return { status: 'done', hex: sha.hex() };
    },
  };
}
