/**
 * The question kinds, one entry each: typed over every kind, so a kind missing from this table, or
 * an entry missing a part, does not compile. A new kind is its question type (types.ts), one file
 * here, and one line below.
 */
import { QUESTION_KINDS, type QuestionByKind, type QuestionKind, type ResponseByKind } from '../types.ts';
import { choice } from './choice.ts';
import { matching } from './matching.ts';
import { order } from './order.ts';
import type { QuestionKindSpec } from './spec.ts';
import { tapPlace } from './tap-place.ts';
import { trueFalse } from './true-false.ts';
import { whichRoute } from './which-route.ts';
import { whichSide } from './which-side.ts';

export type { QuestionKindSpec, ResponseCodec } from './spec.ts';

export type KindSpecs = { [K in QuestionKind]: QuestionKindSpec<QuestionByKind[K], ResponseByKind[K]> };

export const KIND_SPECS: KindSpecs = {
  choice,
  cloze: choice,
  truefalse: trueFalse,
  matching,
  'which-side': whichSide,
  'tap-place': tapPlace,
  'which-route': whichRoute,
  order,
};

/**
 * The entry of a kind, typed for that kind's questions and responses. TypeScript cannot tie a
 * question of the union to its own entry by indexing (TS#30581); through this generic it can, so
 * pass it `question.kind` and use the entry on that same question.
 */
export function kindSpec<K extends QuestionKind>(kind: K): QuestionKindSpec<QuestionByKind[K], ResponseByKind[K]> {
  return KIND_SPECS[kind];
}

/** The kinds that ask exactly one card, in QUESTION_KINDS order. */
export const SINGLE_KINDS: readonly QuestionKind[] = QUESTION_KINDS.filter((k) => KIND_SPECS[k].single);
/** The map questions: each asks one card tied to a place or route of the map (see domain/map). */
export const MAP_KINDS: readonly QuestionKind[] = QUESTION_KINDS.filter((k) => KIND_SPECS[k].onMap);
