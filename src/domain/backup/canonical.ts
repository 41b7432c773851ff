/**
 * The canonical serialisation a backup's checksum is computed over: JSON with object keys sorted
 * and no white space, so the same data always gives the same text whatever order the keys were
 * written in, and a file read back and re-serialised gives the text it was signed with.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    // Absent and undefined are the same to JSON, so an undefined field must not change the checksum.
    const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The text a backup's checksum signs: everything in the file but the checksum itself. */
export function signedText(file: object): string {
  const { checksum: _, ...signed } = file as Record<string, unknown>;
  return canonicalJson(signed);
}
