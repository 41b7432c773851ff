/**
 * Validation of a whole backup before anything is written: the format name, the format version,
 * every record of every store in the store table (types, required fields, ranges, the card a
 * review's memories belong to, keys that repeat), and the checksum. The result is the typed file,
 * or the reason it is refused with the problems that say where. Pure: the hash comes in as a
 * parameter, because the app computes it with crypto.subtle.
 */
import { signedText } from './canonical';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupData, type BackupFile, type BackupProblem, type StoreTable } from './format';
import { show } from './records';

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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function validateBackup<Data = BackupData>(
  raw: unknown, table: StoreTable, digest: Digest, limit = 20,
): Promise<BackupValidation<Data>> {
  const problems: BackupProblem[] = [];
  let total = 0;
  const report = (p: BackupProblem) => {
    total++;
    if (problems.length < limit) problems.push(p);
  };
  const refuse = (reason: string): BackupValidation<Data> => ({ ok: false, reason, problems, more: total - problems.length });

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

  if (!(typeof raw.exportedAt === 'number' && Number.isFinite(raw.exportedAt))) {
    report({ path: 'exportedAt', message: `must be a time (finite epoch milliseconds), found ${show(raw.exportedAt)}` });
  }
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
        else spec.check(value, path, report);
        data[name] = value;
        continue;
      }
      if (value === undefined && spec.optional) { data[name] = []; continue; }
      if (!Array.isArray(value)) { report({ path, message: value === undefined ? 'is missing' : `must be a list, found ${show(value)}` }); continue; }
      const firstAt = new Map<unknown, number>();
      value.forEach((record, i) => {
        spec.check(record, `${path}[${i}]`, report);
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
