/**
 * How each question kind looks, one entry each: typed over every kind, so a kind missing from this
 * table, or an entry missing a part, does not compile. A new kind is its domain entry
 * (domain/quiz/kinds), its answer component, one file here and one line below.
 */
import type { QuestionByKind, QuestionKind, ResponseByKind } from '../../../domain/quiz';
import { choiceView } from './choice';
import { matchingView } from './matching';
import { orderView } from './order';
import { tapPlaceView } from './tap-place';
import { trueFalseView } from './true-false';
import type { KindView } from './view';
import { whichRouteView } from './which-route';
import { whichSideView } from './which-side';
import '../quiz.css';

export type { AnswerProps, KindView } from './view';

export type KindViews = { [K in QuestionKind]: KindView<QuestionByKind[K], ResponseByKind[K]> };

export const KIND_VIEWS: KindViews = {
  choice: choiceView('Multiple choice'),
  cloze: choiceView('Fill the gap'),
  truefalse: trueFalseView,
  matching: matchingView,
  'which-side': whichSideView,
  'tap-place': tapPlaceView,
  'which-route': whichRouteView,
  order: orderView,
};

/** The view of a kind, typed for its questions and responses (see kindSpec in domain/quiz/kinds for why a function). */
export function kindView<K extends QuestionKind>(kind: K): KindView<QuestionByKind[K], ResponseByKind[K]> {
  return KIND_VIEWS[kind];
}
