/**
 * Where a learner's devices sync: a CouchDB server address, a database, a user and password. The
 * checks here run before anything is saved or sent, and say in words what to fix.
 */

export interface SyncConfig {
  /** The server's address: https (or http on this device's own loopback), no trailing slash. */
  server: string;
  database: string;
  user: string;
  password: string;
  /** Whether `database` is the user's own, named as CouchDB's couch_peruser names it. */
  perUser: boolean;
  /** This device's id: names its checkpoint on the server and breaks ties between settings. */
  device: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

// Not [::1]: a Content-Security-Policy cannot name an IPv6 address (w3c/webappsec-csp#440), so
// connect-src could not let the app reach it; https://[::1] works like any https address.
const LOOPBACK = new Set(['localhost', '127.0.0.1']);

/**
 * The server address as it will be used. HTTPS is required, so the password never travels in
 * clear text; plain http is allowed only on loopback, where nothing leaves the device.
 */
export function checkServerAddress(text: string): Checked<string> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'Enter the address of the sync server, such as https://couch.example.org.' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, error: `"${trimmed}" is not a web address. It should look like https://couch.example.org.` };
  }
  if (url.username || url.password) {
    return { ok: false, error: 'Put the user name and password in their own fields, not in the address: an address can end up in logs and history.' };
  }
  if (url.search || url.hash) return { ok: false, error: 'The address must not have a "?" or "#" part.' };
  const loopback = LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return {
      ok: false,
      error: 'The address must start with https://, so that your password is never sent unencrypted (plain http:// is allowed only for this device itself: localhost or 127.0.0.1).',
    };
  }
  return { ok: true, value: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

/** CouchDB's rule for database names. */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

export function checkDatabaseName(text: string): Checked<string> {
  const name = text.trim();
  if (name === '') return { ok: false, error: 'Enter the name of the database to sync with.' };
  if (name.length > 238 || !DATABASE_NAME.test(name)) {
    return { ok: false, error: `"${name}" is not a CouchDB database name: it must start with a lower-case letter and hold only lower-case letters, digits and _ $ ( ) + - /.` };
  }
  return { ok: true, value: name };
}

export function checkUser(text: string): Checked<string> {
  const user = text.trim();
  if (user === '') return { ok: false, error: 'Enter your user name on the sync server.' };
  if (user.includes(':')) return { ok: false, error: 'A user name cannot contain ":".' };
  return { ok: true, value: user };
}

/** The database couch_peruser creates for a user: `userdb-` and the name's UTF-8 bytes in hex. */
export function perUserDatabase(user: string): string {
  return `userdb-${Array.from(new TextEncoder().encode(user), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
