import { describe, expect, it } from 'vitest';
import {
  gradeAnswer, KIND_SPECS, MAP_KINDS, QUESTION_KINDS, readResponse, responseText, rightAnswerText, SINGLE_KINDS,
  type ChoiceQuestion, type KindSpecs, type QuestionKindSpec, type TapPlaceQuestion,
} from '../../../src/domain/quiz/index.ts';
import { decodeResultCode, encodeResultCode } from '../../../src/domain/classroom/index.ts';
import { EVERY_KIND, GOLDEN_QUIZ } from '../classroom/golden-quiz.ts';
import { allResponses, rightResponse, wrongResponse } from './responses.ts';

const { choice, truefalse, matching, 'which-side': sides, 'tap-place': tap, 'which-route': route, order } = KIND_SPECS;

describe('the question kind registry', () => {
  it('has one entry for every kind, and nothing else', () => {
    expect(Object.keys(KIND_SPECS).sort()).toEqual([...QUESTION_KINDS].sort());
  });

  it('says which kinds ask one card and which are asked on the map, in QUESTION_KINDS order', () => {
    expect(SINGLE_KINDS).toEqual(['choice', 'cloze', 'truefalse', 'tap-place', 'which-route', 'order']);
    expect(MAP_KINDS).toEqual(['tap-place', 'which-route']);
  });

  it('reads a stored value as its question\'s response, part by part', () => {
    const [choiceQ, , tf, matchingQ, sides, tap] = GOLDEN_QUIZ.questions;
    expect(readResponse(choiceQ!, 2)).toBe(2);
    expect(readResponse(choiceQ!, 'two')).toBeNull();
    expect(readResponse(tf!, 1)).toBeNull();
    expect(readResponse(matchingQ!, [2, 'x', null])).toEqual([2, null, null, null, null]);
    expect(readResponse(sides!, [0, 2, 1, 0, 1, 1])).toEqual([0, null, 1, 0, 1]);
    expect(readResponse(tap!, 'syunik')).toBe('syunik');
    expect(readResponse(tap!, 3)).toBeNull();
  });

  it('has a fixture question of every kind, so the tests below cover a new kind', () => {
    expect(EVERY_KIND.map((q) => q.kind).sort()).toEqual([...QUESTION_KINDS].sort());
  });

  it.each(EVERY_KIND.map((q) => [q.kind, q] as const))('%s: the right response grades right, a wrong one wrong, and unanswered wrong', (_, q) => {
    const graded = gradeAnswer(q, rightResponse(q));
    expect(graded.correct).toBe(true);
    expect(graded.perCard.every((c) => c.correct)).toBe(true);
    expect(gradeAnswer(q, wrongResponse(q)).correct).toBe(false);
    expect(gradeAnswer(q, null).correct).toBe(false);
  });

  it.each(EVERY_KIND.map((q) => [q.kind, q] as const))('%s: every response it can be given reads as itself, and comes back through a result code', (_, q) => {
    const quiz = { ...GOLDEN_QUIZ, id: `quiz-${q.id}`, questions: [q] };
    const { code } = KIND_SPECS[q.kind];
    // Through a whole code, every response of a small kind, and an even sample of a large one (a matching has 7,776).
    const stride = Math.max(1, Math.floor(Number(code.answers(q as never)) / 300));
    let count = 0;
    for (const response of allResponses(q)) {
      expect(readResponse(q, response)).toEqual(response);
      if (count % stride === 0) {
        const text = encodeResultCode(quiz, 'Ana', [response]);
        expect(decodeResultCode(text, quiz)).toMatchObject({ ok: true, responses: [response] });
      }
      count++;
    }
    // Every number below answers() stands for a response, so no code is wasted or ambiguous.
    expect(BigInt(count)).toBe(code.answers(q as never));
  });

  it('will not compile without every kind, every part, or with a response that does not follow its question', () => {
    // Each of these fails to compile: `npx tsc` (part of npm test) reports an unused directive if one ever compiles.
    const { code: _, ...withoutCodec } = choice;
    const tapQ = GOLDEN_QUIZ.questions.find((q): q is TapPlaceQuestion => q.kind === 'tap-place')!;
    const cases = {
      // @ts-expect-error — no entry for which-route
      missingKind: (): KindSpecs => ({ choice, cloze: choice, truefalse, matching, 'which-side': sides, 'tap-place': tap, order }),
      // @ts-expect-error — a kind without its result-code codec
      missingPart: (): QuestionKindSpec<ChoiceQuestion, number> => withoutCodec,
      wrongResponse: (boolChoice: QuestionKindSpec<ChoiceQuestion, boolean>): KindSpecs => ({
        // @ts-expect-error — a choice entry whose responses are booleans, where a choice takes an option index
        choice: boolChoice, cloze: choice, truefalse, matching, 'which-side': sides, 'tap-place': tap, 'which-route': route, order,
      }),
      // @ts-expect-error — a tap-place question takes a place id, not an option index
      wrongArgument: () => gradeAnswer(tapQ, 3),
    };
    expect(Object.keys(cases)).toHaveLength(4);
    expect(gradeAnswer(tapQ, 'nakhchivan').correct).toBe(true);
  });
});

describe('a response in words ("You chose …")', () => {
  it.each(EVERY_KIND.map((q) => [q.kind, q] as const))('%s: the right response reads as the right answer, a wrong one as something else', (_, q) => {
    const right = responseText(q, rightResponse(q));
    // A false statement's right answer also says its correction; the choice itself is just "False".
    if (q.kind === 'truefalse') expect(rightAnswerText(q).startsWith(right)).toBe(true);
    else expect(right).toBe(rightAnswerText(q));
    expect(right).not.toBe('');
    expect(responseText(q, wrongResponse(q))).not.toBe(right);
  });

  it.each(EVERY_KIND.map((q) => [q.kind, q] as const))('%s: no answer, or a value that is not one, reads as "No answer"', (_, q) => {
    expect(responseText(q, null)).toBe('No answer');
    expect(responseText(q, { not: 'an answer' })).toBe('No answer');
  });

  it('says the pairs of a half-done matching as given, with a dash for the missing one', () => {
    const q = EVERY_KIND.find((x) => x.kind === 'matching')!;
    if (q.kind !== 'matching') throw new Error('no matching question');
    const lines = responseText(q, [q.answer[0]!, null, ...q.answer.slice(2)]).split('\n');
    expect(lines[0]).toBe(`${q.pairs[0]!.left} → ${q.pairs[0]!.right}`);
    expect(lines[1]).toBe(`${q.pairs[1]!.left} → —`);
  });
});
