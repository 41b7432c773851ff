#!/usr/bin/env node
// decks:check — validate every deck; decks:json — print compiled decks as JSON;
// decks:lock — record newly shipped card ids in decks/ids.lock (ids are never reused);
// decks:options — every option each card can receive in a quiz; with --lock, write decks/options.lock.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(`${root}scripts/deck-loader.ts`, { configFile: false, logLevel: 'silent' });
const { formatProblem } = (await runnerImport(`${root}src/domain/deck/validate.ts`, { configFile: false, logLevel: 'silent' })).module;
const options = (await runnerImport(`${root}scripts/deck-options.ts`, { configFile: false, logLevel: 'silent' })).module;
const { decks, retired, problems } = module.loadDecks(`${root}decks`);
const command = process.argv[2];

if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`${problems.length} problem(s) in the decks`);
  process.exit(1);
}
const lockPath = `${root}decks/ids.lock`;
const locked = existsSync(lockPath) ? readFileSync(lockPath, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')) : [];
const shipped = new Set(decks.flatMap((d) => d.cards.map((c) => c.id)));
const optionsPath = `${root}decks/options.lock`;
const optionsText = () => options.formatOptions(options.listOptions(decks));

if (command === 'json') {
  process.stdout.write(JSON.stringify(decks, null, 2) + '\n');
} else if (command === 'lock') {
  const all = [...new Set([...locked, ...shipped])].sort();
  writeFileSync(lockPath, '# Every card id ever shipped. Never delete a line: retire the id in its deck instead.\n' + all.join('\n') + '\n');
  console.log(`decks/ids.lock: ${all.length} ids (${all.length - locked.length} new)`);
} else if (command === 'options') {
  const text = optionsText();
  if (process.argv.includes('--lock')) {
    writeFileSync(optionsPath, text);
    console.log(`decks/options.lock: ${text.split('\n').filter((l) => l.startsWith('  - ')).length} wrong options of ${text.split('\n').filter((l) => l.startsWith('  = ')).length} cards`);
  } else process.stdout.write(text);
} else if (command === 'check') {
  const gone = locked.filter((id) => !shipped.has(id) && !retired.includes(id));
  if (gone.length > 0) {
    console.error(`shipped card ids disappeared without being retired: ${gone.join(', ')}`);
    process.exit(1);
  }
  const unlocked = [...shipped].filter((id) => !locked.includes(id));
  const cards = decks.reduce((n, d) => n + d.cards.length, 0);
  const optionsStale = !existsSync(optionsPath) || readFileSync(optionsPath, 'utf8') !== optionsText();
  console.log(`${decks.length} decks, ${cards} cards: all valid` +
    (unlocked.length ? ` (${unlocked.length} new ids not yet in decks/ids.lock: run npm run decks:lock)` : '') +
    (optionsStale ? ' (the quiz options differ from decks/options.lock: review them with npm run decks:options, then npm run decks:options -- --lock)' : ''));
} else {
  console.error('usage: node scripts/decks.mjs check|json|lock|options [--lock]');
  process.exit(2);
}
