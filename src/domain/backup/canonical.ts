import { canonicalJson } from '../canonical-json.ts';

/** The text a backup's checksum signs: everything in the file but the checksum itself. */
export function signedText(file: object): string {
  const { checksum: _, ...signed } = file as Record<string, unknown>;
  return canonicalJson(signed);
}
