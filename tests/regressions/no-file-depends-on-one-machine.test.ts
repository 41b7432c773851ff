// Regression: tests/e2e/dbg.mts, committed debug code, imported the suite by the absolute path of
// one machine's work tree. Where that path existed (beside the work tree, and in CI on the same
// machine) everything passed; in a clone anywhere else the typecheck failed. No committed file may
// import by an absolute path, nor name the folder this checkout happens to sit in.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
const code = tracked.filter((f) => /\.(m?[jt]sx?|cjs)$/.test(f));
// Static imports and re-exports from, dynamic import() and require() of, a path that starts with a slash.
const absoluteImport = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)['"](\/[^'"]*)['"]/g;

it('imports nothing by an absolute path', () => {
  expect(code.length).toBeGreaterThan(50);
  const found = code.flatMap((file) =>
    [...readFileSync(`${root}/${file}`, 'utf8').matchAll(absoluteImport)].map((m) => `${file}: ${m[1]}`));
  expect(found).toEqual([]);
});

it('names nowhere the folder this checkout sits in', () => {
  const here = root.replace(/\/$/, '');
  const found = tracked
    .filter((f) => !f.endsWith('package-lock.json') && !f.endsWith('.png'))
    .filter((f) => readFileSync(`${root}/${f}`, 'utf8').includes(`${here}/`));
  expect(found).toEqual([]);
});
