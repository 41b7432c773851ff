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
import { checkRelations } from './records';
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

export async function validateBackup<Data = BackupData>(
  raw: unknown, table: StoreTable, digest: Digest, { now, shipped, limit = 20 }: BackupCheckOptions,
): Promise<BackupValidation<Data>> {
  const problems: BackupProblem[] = [];
  let total = 0;
  const report = (p: BackupProblem) => {
    total++;
    if (problems.length < limit) problems.push(p);
  };
  const refuse = (reason: string): BackupValidation<Data> => ({ ok: false, reason, problems, more: total - problems.length });

  const deep = tooDeep(raw, MAX_BACKUP_DEPTH);
  if (deep !== undefined) {
    report({ path: '', message: `It nests lists or objects inside one another more than ${MAX_BACKUP_DEPTH} levels deep (at ${deep}); a Faultlines backup goes about a dozen levels deep.` });
    return refuse('This is not a Faultlines backup: it is nested far too deeply.');
  }
  if (!isObject(raw)) {
    report({ path: '', message: `The file holds ${show(raw)}, not a JSON object.` });
    return refuse('This is not a Faultlines backup.');
  }
  if (raw.format !== BACKUP_FORMAT) {
    report({ path: 'format', message: `must be "${BACKUP_FORMAT}", found ${show(raw.format)}` });
    return refuse('This is not a Faultlines backup.');
  }
  const version = raw.version;
  if (!(typeof version === 'number' && Number.isInteger(version) && version >= 1)) {
    report({ path: 'version', message: `must be a whole number, 1 or more, found ${show(version)}` });
    return refuse('This backup has no valid format version.');
  }
  if (version > BACKUP_VERSION) {
    report({ path: 'version', message: `is ${version}; this version of Faultlines reads backups up to version ${BACKUP_VERSION}` });
    return refuse('This backup was made by a newer version of Faultlines. Update Faultlines (reload it when online), then restore the file again.');
  }

  const made = fileTimeRange(now);
  const exportedAtValid = isTimeIn(raw.exportedAt, made);
  if (!exportedAtValid) {
    report({
      path: 'exportedAt',
      message: `must be a time from ${describeTime(made.earliest)} to now (${describeTime(now)} by this device's clock), found ${showTime(raw.exportedAt)}`,
    });
  }
  // Records are checked against when the file was made; a file with no valid time of its own has already failed.
  const context: CheckContext = { madeAt: exportedAtValid ? raw.exportedAt as number : made.latest, shipped };
  const dbVersion = isObject(raw.app) ? raw.app.dbVersion : undefined;
  if (!isObject(raw.app)) report({ path: 'app', message: `must be an object, found ${show(raw.app)}` });
  else if (!(typeof dbVersion === 'number' && Number.isInteger(dbVersion) && dbVersion >= 1)) {
    report({ path: 'app.dbVersion', message: `must be a whole number, 1 or more, found ${show(dbVersion)}` });
  }
  const checksumWellFormed = typeof raw.checksum === 'string' && CHECKSUM.test(raw.checksum);
  if (!checksumWellFormed) report({ path: 'checksum', message: `must be "sha256:" and 64 hex digits, found ${show(raw.checksum)}` });

  const data: Record<string, unknown> = {};
  if (!isObject(raw.data)) {
    report({ path: 'data', message: `must be an object with ${Object.keys(table).join(', ')}, found ${show(raw.data)}` });
  } else {
    for (const [name, spec] of Object.entries(table)) {
      const path = `data.${name}`;
      const value = raw.data[name];
      if (spec.shape === 'single') {
        if (value === undefined) report({ path, message: 'is missing' });
        else spec.check(value, path, report, context);
        data[name] = value;
        continue;
      }
      if (value === undefined && spec.optional) { data[name] = []; continue; }
      if (!Array.isArray(value)) { report({ path, message: value === undefined ? 'is missing' : `must be a list, found ${show(value)}` }); continue; }
      const firstAt = new Map<unknown, number>();
      value.forEach((record, i) => {
        spec.check(record, `${path}[${i}]`, report, context);
        const key = isObject(record) ? record[spec.key] : undefined;
        if (typeof key !== 'string') return;
        const first = firstAt.get(key);
        if (first === undefined) firstAt.set(key, i);
        else report({ path: `${path}[${i}].${spec.key}`, message: `repeats ${show(key)}, already used by ${path}[${first}]` });
      });
      data[name] = value;
    }
    for (const name of Object.keys(raw.data)) {
      if (!Object.hasOwn(table, name)) {
        report({ path: `data.${name}`, message: 'is a store this version of Faultlines does not know; the backup may come from a newer version' });
      }
    }
    checkRelations(data, report, context);
  }

  // Checked last, but reported first: a file edited or damaged after export explains the rest.
  if (checksumWellFormed && (await checksumOf(raw, digest)) !== raw.checksum) {
    problems.unshift({ path: 'checksum', message: 'does not match the contents: the file was changed or damaged after it was exported' });
    total++;
    if (problems.length > limit) problems.pop();
    return refuse('This backup was changed or damaged after it was exported (its checksum does not match), so it cannot be trusted.');
  }
  if (total > 0) return refuse(`This backup has ${plural(total, 'problem')}.`);
  return { ok: true, file: { ...(raw as unknown as BackupFile<Data>), data: data as Data } };
}
