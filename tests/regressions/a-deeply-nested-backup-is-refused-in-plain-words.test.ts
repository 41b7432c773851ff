// Regression: a backup file nested 100,000 levels deep ([[[[…]]]]) was refused with the engine's own
// "Maximum call stack size exceeded", from the canonical JSON its checksum is computed over. The
// nesting is now measured first, without recursion, and a file far deeper than a backup is refused
// in plain words.
import { afterEach, expect, it } from 'vitest';
import { checkBackup } from '../../src/app/backup';
import { testDeck, testServices } from '../app/fixtures';

let services: ReturnType<typeof testServices>;
afterEach(() => services.database.close());

it('refuses a file nested 100,000 levels deep with a plain message', async () => {
  services = testServices([testDeck('actors', ['act-001'])]);
  const depth = 100_000;
  const text = `{"format":"faultlines-backup","version":1,"exportedAt":1,"app":{"dbVersion":4},"checksum":"sha256:${'0'.repeat(64)}",`
    + `"data":{"memories":[],"reviews":[${'['.repeat(depth)}${']'.repeat(depth)}]}}`;
  expect(await checkBackup(services, text)).toEqual({
    ok: false,
    reason: 'This is not a Faultlines backup: it is nested far too deeply.',
    problems: ['It nests lists or objects inside one another more than 32 levels deep (at data.reviews[0][0][0][0]…); a Faultlines backup goes about a dozen levels deep.'],
  });
});
