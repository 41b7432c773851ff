import { describe, expect, it } from 'vitest';
import { checkDatabaseName, checkServerAddress, perUserDatabase } from '../../../src/domain/sync/config';

describe('the sync server address', () => {
  it('takes https anywhere, and plain http only on this device\'s own loopback', () => {
    expect(checkServerAddress(' https://couch.example.org/ ')).toEqual({ ok: true, value: 'https://couch.example.org' });
    expect(checkServerAddress('https://example.org/couchdb/')).toEqual({ ok: true, value: 'https://example.org/couchdb' });
    for (const local of ['http://localhost:5984', 'http://127.0.0.1:5984', 'https://[::1]:6984']) expect(checkServerAddress(local).ok).toBe(true);
    // The page's Content-Security-Policy cannot name an IPv6 address, so plain http to [::1] could never connect.
    expect(checkServerAddress('http://[::1]:5984').ok).toBe(false);
    const plain = checkServerAddress('http://couch.example.org');
    expect(plain).toMatchObject({ ok: false });
    expect(plain.ok ? '' : plain.error).toMatch(/^The address must start with https:\/\//);
    expect(checkServerAddress('http://192.168.1.5:5984').ok).toBe(false);
  });

  it('refuses credentials in the address, since an address ends up in logs and history', () => {
    const result = checkServerAddress('https://ana:secret@couch.example.org');
    expect(result.ok ? '' : result.error).toMatch(/^Put the user name and password in their own fields/);
  });

  it('says what is wrong with an address that is none', () => {
    expect(checkServerAddress('couch')).toEqual({ ok: false, error: '"couch" is not a web address. It should look like https://couch.example.org.' });
    expect(checkServerAddress('').ok).toBe(false);
    expect(checkServerAddress('https://x.org/?a=1').ok).toBe(false);
  });
});

describe('the database', () => {
  it('is named as CouchDB allows', () => {
    expect(checkDatabaseName('faultlines')).toEqual({ ok: true, value: 'faultlines' });
    expect(checkDatabaseName('My DB').ok).toBe(false);
  });

  it('is, per user, named as couch_peruser names it: userdb- and the name in hex', () => {
    expect(perUserDatabase('ana')).toBe('userdb-616e61');
    expect(perUserDatabase('Zoë')).toBe('userdb-5a6fc3ab');
  });
});
