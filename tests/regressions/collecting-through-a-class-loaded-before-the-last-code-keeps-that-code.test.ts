/**
 * The class screen reloads the class after every code it adds, and the scanner goes on adding while
 * it does: a code added through a copy loaded before the last code was stored wrote the class back
 * without that code (a scanned class of 30 came out with fewer).
 */
import { expect, it } from 'vitest';
import { addResultCodes, createClass, loadClass } from '../../src/app/classroom';
import { encodeResultCode } from '../../src/domain/classroom';
import { rightResponse, shippedDecks } from '../domain/classroom/helpers';
import { testServices } from '../app/fixtures';

it('keeps every code when codes are added through a copy of the class loaded before the last one was stored', async () => {
  const decks = shippedDecks();
  const services = testServices(decks);
  const id = await createClass(services, { title: 'Class 7B', deckIds: decks.map((d) => d.id), count: 5, secondsPerQuestion: 30 }, 'stale-copy');
  const early = await loadClass(services, id);
  const later = await loadClass(services, id);
  const code = (name: string) => encodeResultCode(early.quiz, name, early.quiz.questions.map(rightResponse));

  expect((await addResultCodes(services, later, code('Leyla')))[0]!.ok).toBe(true);
  expect((await addResultCodes(services, early, code('Arman')))[0]!.ok).toBe(true);
  // The same student again, through the stale copy: refused, because the stored class has them.
  expect((await addResultCodes(services, early, code('Leyla')))[0]).toMatchObject({ ok: false, message: 'This code is already entered (Leyla).' });

  expect((await loadClass(services, id)).record.students.map((s) => s.name)).toEqual(['Leyla', 'Arman']);
});
