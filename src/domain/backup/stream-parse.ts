/**
 * Reading a backup file's JSON as it arrives, a chunk of text at a time, without ever holding the
 * whole file: the top-level fields (small) are parsed whole, and inside `data` each list store is
 * handed on one record at a time, each record parsed alone with JSON.parse. It reads any key order
 * (older versions wrote the checksum before the data, and the stores in another order) and any
 * white space. What it cannot read it says in a BackupParseError: the text stops before its end
 * (`cut`), or it is not JSON where a backup's structure is expected (`syntax`). Pure.
 */

export type ParseErrorKind = 'cut' | 'syntax';

export class BackupParseError extends Error {
  /** `begun`: whether the text had begun as a JSON object ("{"); a file that does not is no backup of ours. */
  constructor(readonly kind: ParseErrorKind, message: string, readonly at: number, readonly begun = true) {
    super(message);
    this.name = 'BackupParseError';
  }
}

/** What the parser finds, in the order of the file. */
export interface BackupParseSink {
  /** A top-level field other than `data`, or `data` itself when it is not an object. */
  field(key: string, value: unknown): void;
  /** `data` begins (it is an object). */
  beginData(): void;
  /** A store inside `data` begins; `list` when its value is a list. */
  beginStore(name: string, list: boolean): void;
  /** A record of the list store begun last, with its place in the list. */
  record(value: unknown, index: number): void;
  /** The value of a store that is not a list. */
  single(value: unknown): void;
  endStore(): void;
  endData(): void;
}

export interface BackupParser {
  /** The next piece of the text. */
  push(text: string): void;
  /** The text has ended: throws a `cut` error when the JSON has not. */
  end(): void;
  /** Characters read so far. */
  readonly position: number;
}

const enum State { Start, TopKey, TopColon, TopValue, TopComma, DataStart, DataKey, DataColon, StoreStart, List, ListComma, DataComma, Done }

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** Where a JSON value that began somewhere ends: scanned across pieces, resumably. */
class ValueScanner {
  depth = 0;
  inString = false;
  escape = false;
  started = false;
  /** A string, number or literal at the top of the value: it ends at a delimiter. */
  primitive = false;
  closedString = false;

  reset() {
    this.depth = 0; this.inString = false; this.escape = false; this.started = false; this.primitive = false; this.closedString = false;
  }

  /** Scans `text` from `from`; the index just after the value's end, or -1 if it goes on past the text. */
  scan(text: string, from: number): number {
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (c === 0x5c) this.escape = true;
        else if (c === 0x22) {
          this.inString = false;
          if (this.depth === 0) return i + 1;
        }
        continue;
      }
      if (!this.started) {
        this.started = true;
        if (c === 0x22) { this.inString = true; continue; }
        if (c === 0x7b || c === 0x5b) { this.depth = 1; continue; }
        this.primitive = true;
        continue;
      }
      if (this.primitive) {
        if (c === 0x2c || c === 0x5d || c === 0x7d || isSpace(c)) return i;
        continue;
      }
      if (c === 0x22) this.inString = true;
      else if (c === 0x7b || c === 0x5b) this.depth++;
      else if (c === 0x7d || c === 0x5d) {
        if (--this.depth === 0) return i + 1;
      }
    }
    return -1;
  }
}

export function createBackupParser(sink: BackupParseSink): BackupParser {
  let state = State.Start;
  /** Text not yet consumed: the start of a value or key still arriving. */
  let carry = '';
  /** Characters consumed before `carry`. */
  let consumed = 0;
  const scanner = new ValueScanner();
  /** How much of the value being scanned (it starts `carry`) has been scanned already. */
  let scanned = 0;
  let topKey = '';
  let recordIndex = 0;

  const fail = (kind: ParseErrorKind, message: string, at: number): never => { throw new BackupParseError(kind, message, at, state !== State.Start); };
  const parse = (text: string, at: number): unknown => {
    try {
      return JSON.parse(text);
    } catch (error) {
      return fail('syntax', `${error instanceof Error ? error.message : String(error)} (in the value at character ${at})`, at);
    }
  };
  const unexpected = (text: string, i: number, expected: string) =>
    fail('syntax', `Expected ${expected} at character ${consumed + i}, found ${JSON.stringify(text.slice(i, i + 20))}`, consumed + i);

  /** Runs the machine over `text` (carry included); returns how much of it was consumed. */
  function run(text: string): number {
    let i = 0;
    // A value being scanned: state TopValue, TopKey/DataKey (as a string), StoreStart, List.
    const value = (): string | undefined => {
      const end = scanner.scan(text, i + scanned);
      if (end < 0) { scanned = text.length - i; return undefined; }
      const raw = text.slice(i, end);
      i = end;
      scanner.reset();
      scanned = 0;
      return raw;
    };
    for (;;) {
      if (state === State.Done) {
        while (i < text.length && isSpace(text.charCodeAt(i))) i++;
        if (i < text.length) unexpected(text, i, 'the end of the file');
        return i;
      }
      // Between tokens: white space is skipped (a value in progress has its own scanner state).
      if (!scanner.started) {
        while (i < text.length && isSpace(text.charCodeAt(i))) i++;
        if (i >= text.length) return i;
      }
      const c = text.charCodeAt(i);
      switch (state) {
        case State.Start:
          if (c !== 0x7b) unexpected(text, i, '"{", the start of a backup');
          i++;
          state = State.TopKey;
          break;
        case State.TopKey:
        case State.DataKey: {
          if (!scanner.started && c === 0x7d) {
            i++;
            if (state === State.TopKey) state = State.Done;
            else { sink.endData(); state = State.TopComma; }
            break;
          }
          if (!scanner.started && c !== 0x22) unexpected(text, i, 'a property name in double quotes');
          const at = consumed + i;
          const raw = value();
          if (raw === undefined) return i;
          const key = parse(raw, at) as string;
          if (state === State.TopKey) { topKey = key; state = State.TopColon; } else {
            state = State.DataColon;
            topKey = key;
          }
          break;
        }
        case State.TopColon:
        case State.DataColon:
          if (c !== 0x3a) unexpected(text, i, '":"');
          i++;
          if (state === State.TopColon) state = topKey === 'data' ? State.DataStart : State.TopValue;
          else state = State.StoreStart;
          break;
        case State.DataStart:
          if (c === 0x7b) { i++; sink.beginData(); state = State.DataKey; break; }
          state = State.TopValue;
          break;
        case State.TopValue: {
          const at = consumed + i;
          const raw = value();
          if (raw === undefined) return i;
          sink.field(topKey, parse(raw, at));
          state = State.TopComma;
          break;
        }
        case State.TopComma:
          if (c === 0x2c) { i++; state = State.TopKey; break; }
          if (c === 0x7d) { i++; state = State.Done; break; }
          unexpected(text, i, '"," or "}"');
          break;
        case State.StoreStart: {
          if (!scanner.started && c === 0x5b) {
            i++;
            sink.beginStore(topKey, true);
            recordIndex = 0;
            state = State.List;
            // An empty list.
            while (i < text.length && isSpace(text.charCodeAt(i))) i++;
            if (i < text.length && text.charCodeAt(i) === 0x5d) { i++; sink.endStore(); state = State.DataComma; }
            break;
          }
          const at = consumed + i;
          const raw = value();
          if (raw === undefined) return i;
          sink.beginStore(topKey, false);
          sink.single(parse(raw, at));
          sink.endStore();
          state = State.DataComma;
          break;
        }
        case State.List: {
          if (!scanner.started && c === 0x5d && recordIndex === 0) { i++; sink.endStore(); state = State.DataComma; break; }
          const at = consumed + i;
          const raw = value();
          if (raw === undefined) return i;
          sink.record(parse(raw, at), recordIndex++);
          state = State.ListComma;
          break;
        }
        case State.ListComma:
          if (c === 0x2c) { i++; state = State.List; break; }
          if (c === 0x5d) { i++; sink.endStore(); state = State.DataComma; break; }
          unexpected(text, i, '"," or "]"');
          break;
        case State.DataComma:
          if (c === 0x2c) { i++; state = State.DataKey; break; }
          if (c === 0x7d) { i++; sink.endData(); state = State.TopComma; break; }
          unexpected(text, i, '"," or "}"');
          break;
      }
    }
  }

  return {
    push(piece) {
      const text = carry + piece;
      const used = run(text);
      carry = text.slice(used);
      consumed += used;
    },
    end() {
      // A number at the very end has no delimiter after it.
      if (scanner.started && scanner.primitive && !scanner.inString) this.push(' ');
      if (state !== State.Done) fail('cut', `The JSON ends unfinished after ${consumed + carry.length} characters.`, consumed + carry.length);
    },
    get position() { return consumed + carry.length; },
  };
}
