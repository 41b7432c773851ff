/**
 * From a spec to its quiz on this device: the decks it names must be here in exactly the versions
 * named (custom decks travel in the spec), and then the quiz is generated from exactly those decks.
 */
import type { Deck } from '../deck/types.ts';
import { generateQuiz } from '../quiz/generate.ts';
import type { Quiz } from '../quiz/types.ts';
import { canonicalSpec, CUSTOM_PREFIX, toQuizSpec, type ClassroomSpec } from './spec.ts';

/** A deck this device has; the title names it in messages. */
export interface AvailableDeck {
  id: string;
  version: number;
  title?: string;
}

const UPDATE_HERE = 'Update the app (reload when online) and open the link again.';
const UPDATE_THERE = 'The link was made with an older version of the app: ask for a new link made with the updated app.';

/** Whether this device has every shipped deck the spec names, in the version it names; the message names the deck and both versions. */
export function checkDecksAvailable(spec: ClassroomSpec, available: readonly AvailableDeck[]): { ok: true } | { ok: false; error: string } {
  for (const ref of spec.decks) {
    if (ref.id.startsWith(CUSTOM_PREFIX)) continue;
    const here = available.find((d) => d.id === ref.id);
    if (!here) {
      return { ok: false, error: `This quiz uses the deck "${ref.id}" (version ${ref.version}), which this device does not have. ${UPDATE_HERE}` };
    }
    if (here.version !== ref.version) {
      const name = here.title ?? `the deck "${ref.id}"`;
      return {
        ok: false,
        error: `This quiz uses ${name} version ${ref.version}; this device has version ${here.version}. ${here.version < ref.version ? UPDATE_HERE : UPDATE_THERE}`,
      };
    }
  }
  return { ok: true };
}

/**
 * The spec's quiz, generated from exactly the decks it names (the device's shipped decks, the spec's
 * custom decks), so every device that opens the link gets the same questions in the same order.
 */
export function classroomQuiz(
  given: ClassroomSpec, available: readonly Deck[],
): { ok: true; quiz: Quiz; decks: Deck[] } | { ok: false; error: string } {
  const spec = canonicalSpec(given);
  const check = checkDecksAvailable(spec, available);
  if (!check.ok) return check;
  const decks = spec.decks.map((ref) => (ref.id.startsWith(CUSTOM_PREFIX)
    ? spec.customDecks?.find((d) => d.id === ref.id)
    : available.find((d) => d.id === ref.id))!);
  const cards = new Set(decks.flatMap((d) => d.cards.map((c) => c.id)));
  const missing = (spec.cardIds ?? []).filter((id) => !cards.has(id));
  if (missing.length > 0) {
    const shown = missing.slice(0, 3).join(', ') + (missing.length > 3 ? ` and ${missing.length - 3} more` : '');
    return { ok: false, error: `This quiz asks cards that are not in its decks on this device (${shown}). ${UPDATE_HERE}` };
  }
  const quiz = generateQuiz(decks, toQuizSpec(spec));
  if (quiz.questions.length === 0) return { ok: false, error: 'This quiz has no questions: its decks have no cards it can ask.' };
  return { ok: true, quiz, decks };
}
