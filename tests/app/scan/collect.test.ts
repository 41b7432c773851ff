import { describe, expect, it } from 'vitest';
import { addResultCodes, createClass, loadClass } from '../../../src/app/classroom';
import { collectScannedCode } from '../../../src/app/scan/collect';
import { encodeResultCode } from '../../../src/domain/classroom';
import { rightResponse, shippedDecks } from '../../domain/classroom/helpers';
import { testServices } from '../fixtures';

const decks = shippedDecks();

async function aClass(title = 'Class 7B') {
  const services = testServices(decks);
  const id = await createClass(services, { title, deckIds: decks.map((d) => d.id), count: 5, secondsPerQuestion: 30 }, `seed-${title}`);
  const loaded = await loadClass(services, id);
  const codeOf = (name: string) => encodeResultCode(loaded.quiz, name, loaded.quiz.questions.map(rightResponse));
  return { services, id, loaded, codeOf };
}

describe('a code read by the camera', () => {
  it('is added by the same rules as a typed code, and a second sighting is refused as already entered', async () => {
    const { services, id, loaded, codeOf } = await aClass();
    const code = codeOf('Leyla');
    expect(await collectScannedCode(services, loaded, code)).toEqual({ code, ok: true, message: 'Added Leyla.' });
    expect(await collectScannedCode(services, loaded, code)).toEqual({ code, ok: false, message: 'This code is already entered (Leyla).' });
    expect((await loadClass(services, id)).record.students.map((s) => s.name)).toEqual(['Leyla']);
  });

  it("refuses another quiz's code with the reason, and stores nothing", async () => {
    const { services, id, loaded } = await aClass();
    const other = await aClass('Another class');
    const outcome = await collectScannedCode(services, loaded, other.codeOf('Leyla'));
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/^This code is for a different quiz/);
    expect((await loadClass(services, id)).record.students).toEqual([]);
  });

  it('refuses a QR code that holds something else, such as the share link, saying what it holds', async () => {
    const { services, id, loaded } = await aClass();
    const outcome = await collectScannedCode(services, loaded, 'https://faultlines.example/take#AbC');
    expect(outcome).toEqual({
      code: 'https://faultlines.example/take#AbC', ok: false,
      message: 'This QR code is not a result code (it holds "https://faultlines.example/take#AbC"). Hold up the code on the student\'s result screen.',
    });
    const many = await collectScannedCode(services, loaded, `${'x'.repeat(30)} ${'y'.repeat(40)}`);
    expect(many.message).toContain(`${'x'.repeat(30)} ${'y'.repeat(29)}…`);
    expect((await loadClass(services, id)).record.students).toEqual([]);
  });

  it('reads a code in any case, with or without dashes, like a typed one', async () => {
    const { services, loaded, codeOf } = await aClass();
    const outcome = await collectScannedCode(services, loaded, codeOf('Arman').toLowerCase().replace(/-/g, ''));
    expect(outcome).toMatchObject({ ok: true, message: 'Added Arman.' });
    expect((await addResultCodes(services, loaded, codeOf('Arman')))[0]).toMatchObject({ ok: false, message: 'This code is already entered (Arman).' });
  });
});
