/**
 * Validation of a whole backup before anything is written: how deeply it nests, the format name,
 * the format version, when it was made, every record of every store in the store table (types,
 * required fields, ranges, times, ids, links, the card a review's memories belong to, keys that
 * repeat), how records refer to each other, and the checksum. A right checksum proves only that
 * the file was not changed by accident, so everything else is checked as if it had been written
 * by hand. The result is the typed file, or the reason it is refused with the problems that say
 * where. Pure: the hash and the time now come in as parameters.
 */
import { describeTime, fileTimeRange, isTimeIn, tooDeep } from '../trust';
import { signedText } from './canonical';
import {
  BACKUP_FORMAT, BACKUP_VERSION, type BackupData, type BackupFile, type BackupProblem, type CheckContext, type ShippedIds, type StoreTable,
} from './format';
import { createRelationCheck } from './records';
import { createReviewTable } from './review-table';
import type { BackupParseSink } from './stream-parse';
import { isObject, show, showTime } from '../validation';

export const CHECKSUM = /^sha256:[0-9a-f]{64}$/;

/** SHA-256 of a text, as 64 lower-case hex digits. */
export type Digest = (text: string) => Promise<string>;

export type BackupValidation<Data = BackupData> =
  | { ok: true; file: BackupFile<Data> }
  | {
    ok: false;
    /** One sentence: why the file is refused. */
    reason: string;
    /** The first problems, each with its path. */
    problems: BackupProblem[];
    /** How many more problems there were. */
    more: number;
  };

/** The checksum field for the file's signed text. */
export async function checksumOf(file: object, digest: Digest): Promise<string> {
  return `sha256:${await digest(signedText(file))}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * How deeply a backup may nest lists and objects. A real one goes about a dozen levels deep (a
 * class session's spec, its custom deck, a card, its views); much deeper is not a backup, and
 * following it would exhaust the call stack.
 */
export const MAX_BACKUP_DEPTH = 32;

export interface BackupCheckOptions {
  /** This device's time: a file may not say it was made later (beyond a clock's error). */
  now: number;
  /** Every deck and card Faultlines ships: imported decks may not take their ids, ratings must be of a known card. */
  shipped: ShippedIds;
  /** How many problems to list; the rest are counted. */
  limit?: number;
}

/** Where problems of each part of a file are listed: the head first, then store by store as the table lists them. */
const HEAD_RANK: Record<string, number> = { exportedAt: 1, app: 2, 'app.dbVersion': 2, checksum: 3, data: 4 };

export type ValidationEnd<Data> =
  | (Exclude<BackupValidation<Data>, { ok: true }>)
  | { ok: true; file: BackupFile<Data>; counts: Record<string, number> }
  /** Records were read before the file's own time (a hand-made order): read the file again with `head`. */
  | { ok: 'again'; head: Record<string, unknown> };

/**
 * The check of a backup fed one part at a time, in the order of the file (a streaming parse's
 * events, or validateBackup's walk over a parsed file): the same checks, in one pass, holding no
 * record. What it keeps is small, or compact (`reviews`: see review-table.ts, which the restore
 * then replays). `head`: the top-level fields of an earlier read, when records came before them.
 */
export function createBackupValidator<Data = BackupData>(
  table: StoreTable, { now, shipped, limit = 20 }: BackupCheckOptions, head?: Record<string, unknown>,
) {
  type Ranked = BackupProblem & { rank: number; at: number };
  const groups = new Map<number, Ranked[]>();
  let total = 0;
  let fatal: { reason: string; problem: BackupProblem } | undefined;
  const storeNames = Object.keys(table);
  const reportAt = (rank: number, at: number) => (p: BackupProblem) => {
    total++;
    const group = groups.get(rank) ?? [];
    groups.set(rank, group);
    if (group.length < limit) group.push({ ...p, rank, at });
  };
  const top: Record<string, unknown> = { ...head };
  const seenTop = new Set<string>(Object.keys(head ?? {}));
  const made = fileTimeRange(now);
  let context: CheckContext | undefined;
  const contextNow = (): CheckContext => {
    if (context) return context;
    const exportedAtValid = isTimeIn(top.exportedAt, made);
    // Records are checked against when the file was made; a file with no valid time of its own has already failed.
    context = { madeAt: exportedAtValid ? top.exportedAt as number : made.latest, shipped };
    return context;
  };
  let contextTooEarly = false;
  let dataSeen = false;
  let dataObject = false;
  const single: Record<string, unknown> = {};
  const seenStores = new Set<string>();
  let store: { name: string; spec: StoreTable[string] | undefined; list: boolean; count: number; rank: number; items: unknown[] } | undefined;
  const reviews = createReviewTable();
  const relations = createRelationCheck();
  const keysOf = new Map<string, Map<string, number>>();
  const counts: Record<string, number> = {};

  const deep = (value: unknown, prefix: (string | number)[]) => {
    if (fatal) return true;
    const at = tooDeep(value, MAX_BACKUP_DEPTH, prefix);
    if (at === undefined) return false;
    fatal = {
      reason: 'This is not a Faultlines backup: it is nested far too deeply.',
      problem: { path: '', message: `It nests lists or objects inside one another more than ${MAX_BACKUP_DEPTH} levels deep (at ${at}); a Faultlines backup goes about a dozen levels deep.` },
    };
    return true;
  };

  return {
    reviews,
    /** Whether the file is already refused whatever follows (nested far too deeply): reading may stop. */
    get stopped() { return fatal !== undefined; },
    field(key: string, value: unknown) {
      if (deep(value, [key])) return;
      if (key === 'data') { dataSeen = true; dataObject = false; }
      top[key] = value;
      seenTop.add(key);
    },
    beginData() {
      dataSeen = true;
      dataObject = true;
      if (!seenTop.has('exportedAt')) contextTooEarly = true;
    },
    beginStore(name: string, list: boolean) {
      const spec = Object.hasOwn(table, name) ? table[name] : undefined;
      seenStores.add(name);
      const index = storeNames.indexOf(name);
      store = { name, spec, list, count: 0, rank: spec ? 10 + index : 100, items: [] };
      if (!spec) reportAt(100, seenStores.size)({ path: `data.${name}`, message: 'is a store this version of Faultlines does not know; the backup may come from a newer version' });
    },
    record(value: unknown, index: number) {
      const s = store!;
      s.count++;
      if (!s.spec || deep(value, ['data', s.name, index])) return;
      // A single store written as a list: checked whole at its end, as the wrong shape it is.
      if (s.spec.shape !== 'list') { if (s.items.length < 1000) s.items.push(value); return; }
      const path = `data.${s.name}[${index}]`;
      const report = reportAt(s.rank, index);
      s.spec.check(value, path, report, contextNow());
      const key = isObject(value) ? value[s.spec.key] : undefined;
      if (s.name === 'reviews') {
        reviews.add(value);
      } else if (typeof key === 'string') {
        let keys = keysOf.get(s.name);
        if (!keys) keysOf.set(s.name, (keys = new Map()));
        const first = keys.get(key);
        if (first === undefined) keys.set(key, index);
        else report({ path: `${path}.${s.spec.key}`, message: `repeats ${show(key)}, already used by data.${s.name}[${first}]` });
      }
      if (s.name === 'memories') { relations.memory(value, index); reviews.memory(value); }
      if (s.name === 'importedDecks') relations.importedDeck(value);
    },
    single(value: unknown) {
      const s = store!;
      if (!s.spec || deep(value, ['data', s.name])) return;
      if (s.spec.shape === 'single') { s.spec.check(value, `data.${s.name}`, reportAt(s.rank, 0), contextNow()); single[s.name] = value; return; }
      reportAt(s.rank, 0)({ path: `data.${s.name}`, message: `must be a list, found ${show(value)}` });
    },
    endStore() {
      const s = store!;
      store = undefined;
      if (s.spec?.shape === 'single' && s.list) s.spec.check(s.items, `data.${s.name}`, reportAt(s.rank, 0), contextNow());
      if (s.spec?.shape === 'list' && s.list) counts[s.name] = s.count;
    },
    endData() { /* the stores are checked as they come */ },
    /**
     * The verdict once the whole file was read: `checksumMatches` says whether the checksum read
     * (field `checksum`) is that of the signed text (undefined when it is not well formed).
     */
    finish(checksumOf: (claimed: string) => boolean): ValidationEnd<Data> {
      const problems: BackupProblem[] = [];
      const refuse = (reason: string): Exclude<BackupValidation<Data>, { ok: true }> => ({ ok: false, reason, problems, more: total - problems.length });
      if (fatal) { total = 1; problems.push(fatal.problem); return refuse(fatal.reason); }
      if (contextTooEarly && !head && isTimeIn(top.exportedAt, made)) return { ok: 'again', head: top };
      const first = (p: BackupProblem) => { total = 1; problems.splice(0, problems.length, p); };
      if (top.format !== BACKUP_FORMAT) {
        first({ path: 'format', message: `must be "${BACKUP_FORMAT}", found ${show(top.format)}` });
        return refuse('This is not a Faultlines backup.');
      }
      const version = top.version;
      if (!(typeof version === 'number' && Number.isInteger(version) && version >= 1)) {
        first({ path: 'version', message: `must be a whole number, 1 or more, found ${show(version)}` });
        return refuse('This backup has no valid format version.');
      }
      if (version > BACKUP_VERSION) {
        first({ path: 'version', message: `is ${version}; this version of Faultlines reads backups up to version ${BACKUP_VERSION}` });
        return refuse('This backup was made by a newer version of Faultlines. Update Faultlines (reload it when online), then restore the file again.');
      }
      if (!isTimeIn(top.exportedAt, made)) {
        reportAt(HEAD_RANK.exportedAt!, 0)({
          path: 'exportedAt',
          message: `must be a time from ${describeTime(made.earliest)} to now (${describeTime(now)} by this device's clock), found ${showTime(top.exportedAt)}`,
        });
      }
      const app = top.app;
      const dbVersion = isObject(app) ? app.dbVersion : undefined;
      if (!isObject(app)) reportAt(HEAD_RANK.app!, 0)({ path: 'app', message: `must be an object, found ${show(app)}` });
      else if (!(typeof dbVersion === 'number' && Number.isInteger(dbVersion) && dbVersion >= 1)) {
        reportAt(HEAD_RANK.app!, 0)({ path: 'app.dbVersion', message: `must be a whole number, 1 or more, found ${show(dbVersion)}` });
      }
      const checksumWellFormed = typeof top.checksum === 'string' && CHECKSUM.test(top.checksum);
      if (!checksumWellFormed) reportAt(HEAD_RANK.checksum!, 0)({ path: 'checksum', message: `must be "sha256:" and 64 hex digits, found ${show(top.checksum)}` });
      if (!dataSeen || !dataObject) {
        reportAt(HEAD_RANK.data!, 0)({ path: 'data', message: `must be an object with ${storeNames.join(', ')}, found ${show(top.data)}` });
      } else {
        storeNames.forEach((name, i) => {
          const spec = table[name]!;
          if (seenStores.has(name)) return;
          if (spec.shape === 'list' && spec.optional) { counts[name] = 0; return; }
          reportAt(10 + i, 0)({ path: `data.${name}`, message: 'is missing' });
        });
        reviews.repeats((index, firstIndex, id) => reportAt(10 + storeNames.indexOf('reviews'), index)({
          path: `data.reviews[${index}].id`, message: `repeats ${show(id)}, already used by data.reviews[${firstIndex}]`,
        }));
        relations.finish(reviews, reportAt(200, 0), contextNow());
      }
      for (const rank of [...groups.keys()].sort((a, b) => a - b)) {
        const group = groups.get(rank)!.sort((a, b) => a.at - b.at);
        for (const { path, message } of group) if (problems.length < limit) problems.push({ path, message });
      }
      // Checked last, but reported first: a file edited or damaged after export explains the rest.
      if (checksumWellFormed && !checksumOf(top.checksum as string)) {
        problems.unshift({ path: 'checksum', message: 'does not match the contents: the file was changed or damaged after it was exported' });
        total++;
        if (problems.length > limit) problems.pop();
        return refuse('This backup was changed or damaged after it was exported (its checksum does not match), so it cannot be trusted.');
      }
      if (total > 0) return refuse(`This backup has ${plural(total, 'problem')}.`);
      const { data: _, ...fields } = top;
      // The data of a file read in pieces is its single stores; the lists were checked and counted, not kept.
      return { ok: true, file: { ...(fields as unknown as BackupFile<Data>), data: single as unknown as Data }, counts };
    },
  };
}

export type BackupValidator = ReturnType<typeof createBackupValidator>;

/** A whole parsed file through the same checks (the file's parts fed as a streaming read would find them). */
export async function validateBackup<Data = BackupData>(
  raw: unknown, table: StoreTable, digest: Digest, options: BackupCheckOptions,
): Promise<BackupValidation<Data>> {
  const deepAt = tooDeep(raw, MAX_BACKUP_DEPTH);
  if (deepAt !== undefined || !isObject(raw)) {
    const problems: BackupProblem[] = [deepAt !== undefined
      ? { path: '', message: `It nests lists or objects inside one another more than ${MAX_BACKUP_DEPTH} levels deep (at ${deepAt}); a Faultlines backup goes about a dozen levels deep.` }
      : { path: '', message: `The file holds ${show(raw)}, not a JSON object.` }];
    return { ok: false, reason: deepAt !== undefined ? 'This is not a Faultlines backup: it is nested far too deeply.' : 'This is not a Faultlines backup.', problems, more: 0 };
  }
  const run = (head?: Record<string, unknown>) => {
    const v = createBackupValidator<Data>(table, options, head);
    feedParsed(raw, v);
    return v;
  };
  const checksum = await checksumOf(raw, digest);
  let v = run();
  let end = v.finish((claimed) => claimed === checksum);
  if (end.ok === 'again') { v = run(end.head); end = v.finish((claimed) => claimed === checksum); }
  if (end.ok === 'again') throw new Error('backup check: the file\'s own time was not found twice');
  if (!end.ok) return end;
  void v;
  // The whole file is at hand: its data is the parsed data, each list store whole (optional ones empty).
  const data: Record<string, unknown> = {};
  const rawData = raw.data as Record<string, unknown>;
  for (const [name, spec] of Object.entries(table)) data[name] = rawData[name] ?? (spec.shape === 'list' ? [] : undefined);
  return { ok: true, file: { ...end.file, data: data as Data } };
}

/** Hands a parsed file's parts to a sink in its own key order, as the streaming parser does. */
export function feedParsed(raw: Record<string, unknown>, sink: BackupParseSink): void {
  for (const [key, value] of Object.entries(raw)) {
    if (key !== 'data' || !isObject(value)) { sink.field(key, value); continue; }
    sink.beginData();
    for (const [name, stored] of Object.entries(value)) {
      const list = Array.isArray(stored);
      sink.beginStore(name, list);
      if (list) stored.forEach((r: unknown, i: number) => sink.record(r, i));
      else sink.single(stored);
      sink.endStore();
    }
    sink.endData();
  }
}
