import { describe, expect, it } from 'vitest';
import { QUESTION_KINDS, type ChoiceQuestion, type QuestionByKind, type QuestionKind } from '../../../src/domain/quiz/index.ts';
import { KIND_VIEWS, type KindView, type KindViews } from '../../../src/ui/quiz/kinds/index.ts';
import { EVERY_KIND } from '../../domain/classroom/golden-quiz.ts';

/** The fixture question of this kind. */
function asked<K extends QuestionKind>(kind: K): QuestionByKind[K] {
  const found = EVERY_KIND.find((q): q is QuestionByKind[K] => q.kind === kind);
  if (!found) throw new Error(`no fixture question of kind ${kind}`);
  return found;
}

const { choice, cloze, truefalse, matching, 'which-side': sides, 'tap-place': tap, 'which-route': route, order } = KIND_VIEWS;

describe('the question kind views', () => {
  it('have one entry for every kind, each with its label', () => {
    expect(Object.keys(KIND_VIEWS).sort()).toEqual([...QUESTION_KINDS].sort());
    expect(Object.fromEntries(QUESTION_KINDS.map((k) => [k, KIND_VIEWS[k].label]))).toEqual({
      choice: 'Multiple choice', cloze: 'Fill the gap', truefalse: 'True or false?', matching: 'Match them', 'which-side': 'Which side?',
      'tap-place': 'Find it on the map', 'which-route': 'Which route?', order: 'Put in order',
    });
  });

  it('answer at once by key only where a key names the answer: 1–4 or A–D an option, 1/T or 2/F true or false', () => {
    const keys = ['1', '4', '5', 'a', 'd', 'e', 't', 'f', '2', 'enter'];
    const options = [0, 3, undefined, 0, 3, undefined, undefined, undefined, 1, undefined];
    expect(keys.map((k) => choice.keyResponse(asked('choice'), k))).toEqual(options);
    expect(keys.map((k) => cloze.keyResponse(asked('cloze'), k))).toEqual(options);
    expect(keys.map((k) => route.keyResponse(asked('which-route'), k))).toEqual(options);
    expect(keys.map((k) => truefalse.keyResponse(asked('truefalse'), k))).toEqual([true, undefined, undefined, undefined, undefined, undefined, true, false, false, undefined]);
    expect(keys.map((k) => matching.keyResponse(asked('matching'), k)).every((x) => x === undefined)).toBe(true);
    expect(keys.map((k) => sides.keyResponse(asked('which-side'), k)).every((x) => x === undefined)).toBe(true);
    expect(keys.map((k) => tap.keyResponse(asked('tap-place'), k)).every((x) => x === undefined)).toBe(true);
    // An order is built step by step; its arrow keys move the step selected, inside the answer.
    expect([...keys, 'arrowup', 'arrowdown'].map((k) => order.keyResponse(asked('order'), k)).every((x) => x === undefined)).toBe(true);
  });

  it('will not compile without every kind or every part, or with an answer component of another kind', () => {
    // Each of these fails to compile: `npx tsc` (part of npm test) reports an unused directive if one ever compiles.
    const { handout: _, ...withoutHandout } = choice;
    const cases = {
      // @ts-expect-error — no entry for which-route
      missingKind: (): KindViews => ({ choice, cloze, truefalse, matching, 'which-side': sides, 'tap-place': tap, order }),
      // @ts-expect-error — a kind without its handout
      missingPart: (): KindView<ChoiceQuestion, number> => withoutHandout,
      // @ts-expect-error — the true/false component (it answers true or false) for a choice (it answers an option index)
      wrongAnswer: (): KindView<ChoiceQuestion, number> => ({ ...choice, Answer: truefalse.Answer }),
    };
    expect(Object.keys(cases)).toHaveLength(3);
  });
});
