/**
 * Reading a backup in pieces (issue 18): the streaming parser finds what JSON.parse finds wherever
 * the pieces are cut, and the checksum computed while reading is the one over the whole file, in
 * the writer's order and in the order older versions wrote the stores (there in more than one read
 * when a store too large to keep comes before its turn).
 */
import { describe, expect, it } from 'vitest';
import { checksumOf, feedParsed } from '../../../src/domain/backup/validate';
import { createSignedHasher } from '../../../src/domain/backup/signed-hash';
import { BackupParseError, createBackupParser, type BackupParseSink } from '../../../src/domain/backup/stream-parse';
import { BACKUP_STORES } from '../../../src/storage';
import { digest, sampleData, T0 } from './helpers';

const STORES = Object.keys(BACKUP_STORES);

/** The parse's events rebuilt into the value they describe. */
function collector() {
  const out: Record<string, unknown> = {};
  let data: Record<string, unknown> | undefined;
  let store: string | undefined;
  const sink: BackupParseSink = {
    field: (k, v) => { out[k] = v; },
    beginData: () => { data = {}; out.data = data; },
    beginStore: (name, list) => { store = name; if (list) data![name] = []; },
    record: (v, i) => { (data![store!] as unknown[])[i] = v; },
    single: (v) => { data![store!] = v; },
    endStore: () => { store = undefined; },
    endData: () => undefined,
  };
  return { out, sink };
}

const oldLayout = (file: Record<string, unknown>) => {
  const d = file.data as Record<string, unknown>;
  // As version 6 and before wrote it: the checksum before the data, the stores in the order they were read.
  return {
    format: file.format, version: file.version, exportedAt: file.exportedAt, app: file.app, checksum: file.checksum,
    data: { memories: d.memories, reviews: d.reviews, quizResults: d.quizResults, settings: d.settings, importedDecks: d.importedDecks, classSessions: d.classSessions },
  };
};

async function signedFile() {
  const unsigned = { format: 'faultlines-backup', version: 1, exportedAt: T0 + 2 * 86_400_000, app: { dbVersion: 7 }, data: sampleData() };
  return { ...unsigned, checksum: await checksumOf(unsigned, digest) };
}

describe('the streaming parser', () => {
  it('finds what JSON.parse finds, wherever the text is cut into pieces', async () => {
    const text = JSON.stringify(oldLayout(await signedFile()), null, 1);
    const whole = JSON.parse(text);
    for (const size of [1, 2, 3, 7, 64, 1000]) {
      const { out, sink } = collector();
      const parser = createBackupParser(sink);
      for (let i = 0; i < text.length; i += size) parser.push(text.slice(i, i + size));
      parser.end();
      expect(out, `pieces of ${size}`).toEqual(whole);
    }
  });

  it('says a text that stops early is cut, and one that is not JSON where a backup needs it is a syntax error', () => {
    const parse = (text: string) => {
      const parser = createBackupParser(collector().sink);
      try { parser.push(text); parser.end(); return 'read'; } catch (e) { return e instanceof BackupParseError ? `${e.kind} ${e.begun}` : 'other'; }
    };
    expect(parse('{"format":"faultlines-backup","data":{"reviews":[{"id":"a"},{"id"')).toBe('cut true');
    expect(parse('{"format":"faultlines-backup","data":{"reviews":[1 2]}}')).toBe('syntax true');
    expect(parse('term,definition')).toBe('syntax false');
    expect(parse('{"a":1} trailing')).toBe('syntax true');
    expect(parse(' {"a":[1,2],"b":{"c":[]}} \n')).toBe('read');
  });
});

describe('the checksum computed while reading', () => {
  async function hashed(file: Record<string, unknown>, bufferChars?: number) {
    let hasher = createSignedHasher(STORES, undefined, bufferChars);
    let reads = 0;
    for (;;) {
      feedParsed(file, hasher);
      reads++;
      const step = hasher.finishPass();
      if (step.status === 'done') return { checksum: `sha256:${step.hex}`, reads };
      if (step.status === 'restart') hasher = createSignedHasher(STORES, step.layout, bufferChars);
      if (reads > 10) throw new Error('no end');
    }
  }

  it('is the checksum over the whole file, in the writer\'s order, in one read', async () => {
    const file = await signedFile();
    const sorted = { ...file, data: Object.fromEntries(Object.entries(file.data).sort(([a], [b]) => (a < b ? -1 : 1))) };
    expect(await hashed(sorted)).toEqual({ checksum: file.checksum, reads: 1 });
  });

  it('is the same for an old file\'s order, keeping early stores, or reading again when one is too large to keep', async () => {
    const file = await signedFile();
    expect(await hashed(oldLayout(file))).toEqual({ checksum: file.checksum, reads: 1 });
    const again = await hashed(oldLayout(file), 200);
    expect(again.checksum).toBe(file.checksum);
    expect(again.reads).toBeGreaterThan(1);
    // Top-level fields after the data, in an order no writer used.
    const { format, version, exportedAt, app, checksum, data } = file;
    expect((await hashed({ data, checksum, version, app, format, exportedAt }, 100)).checksum).toBe(file.checksum);
  });
});
