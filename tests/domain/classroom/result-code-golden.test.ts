import { describe, expect, it } from 'vitest';
import { decodeResultCode, encodeResultCode, quizTag } from '../../../src/domain/classroom/index.ts';
import type { QuizResponse } from '../../../src/domain/quiz/types.ts';
import { GOLDEN_QUIZ } from './golden-quiz.ts';

type Responses = (QuizResponse | null)[];

/**
 * Codes recorded before the question kinds moved into one registry: students' codes already handed
 * in must read the same in every later version, so these exact strings are the contract.
 * GOLDEN_QUIZ asks, in order: choice, cloze, true/false, matching, which-side, tap-place, which-route.
 */
const GOLDEN: [name: string, responses: Responses, code: string][] = [
  ['Ana', [1, 0, true, [2, 4, 0, 3, 1], [0, 1, 1, 0, 1], 'azerbaijan', 1], '611A-R806-X2WT-30P4-1D9F'],
  ['Maximilian', [3, 2, false, [0, 1, 2, 3, 4], [1, 0, 0, 1, 0], 'caspian', 3], '611A-S4H4-T9W1-D2Y9-45MK-MCPT-0JW4'],
  ['Zoë Müller', [0, 3, null, [null, 4, null, 3, null], [null, null, 1, null, 0], 'nakhchivan', null], '611A-WBB9-QW7A-S09Q-1VRV-3CCN-S0ME-920W-SGQ'],
  ['Nodir', [null, null, null, null, null, null, null], '611A-RGKB-NC1Y-0000-000T-MV'],
  ["O'Neil-Smith Jr.", [null, 1, true, null, [0, 0, 0, 0, 0], 'russia', 0], '611A-SZ5Y-SBVN-TZEA-EDRD-Y7A2-69SV-QAY8-XM1'],
  ['王小明', [2, null, false, [4, 4, 4, 4, 4], null, null, 2], '611A-W8WY-78QS-DGHZ-K9H3-KZ8A-TE41-QPY'],
];

describe('result codes, bit for bit', () => {
  it('name the fixed quiz by the same tag', () => {
    expect(quizTag(GOLDEN_QUIZ)).toBe('R45B');
  });

  it.each(GOLDEN)('encode %s\'s answers to the recorded code', (name, responses, code) => {
    expect(encodeResultCode(GOLDEN_QUIZ, name, responses)).toBe(code);
  });

  it.each(GOLDEN)('decode %s\'s recorded code to the same answers, and encode them back to it', (name, responses, code) => {
    const decoded = decodeResultCode(code, GOLDEN_QUIZ);
    expect(decoded).toEqual({ ok: true, name, responses, code });
    if (!decoded.ok) throw new Error('unreachable: the assertion above failed');
    expect(encodeResultCode(GOLDEN_QUIZ, decoded.name, decoded.responses)).toBe(code);
  });
});
