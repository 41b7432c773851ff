import type { RouteId } from '../../../domain/map';
import { rightAnswerText, type WhichRouteQuestion } from '../../../domain/quiz';
import { LazyCorridorMap } from '../../map/LazyMap';
import { OPTION_LETTERS, optionForKey } from '../option-letters';
import { highlightedCourse, WhichRouteAnswer } from '../WhichRouteAnswer';
import type { KindView } from './view';

/** The map with the route highlighted; its names appear at the reveal. */
function ProjectorMap({ question, revealed }: { question: WhichRouteQuestion; revealed: boolean }) {
  const route = question.options[question.answerIndex]?.id as RouteId;
  return (
    <div class="present-map">
      <LazyCorridorMap
        mode="view" routes={[route]} highlight={route} labels={revealed ? 'all' : 'places'}
        label={`A map of the South Caucasus with one route highlighted. ${highlightedCourse(question)}`}
      />
    </div>
  );
}

function Options({ question }: { question: WhichRouteQuestion }) {
  return <ol class="handout-options">{question.options.map((o, i) => <li key={o.id}><strong>{OPTION_LETTERS[i]}</strong> {o.name}</li>)}</ol>;
}

export const whichRouteView: KindView<WhichRouteQuestion, number> = {
  label: 'Which route?',
  answerInPlace: false,
  Answer: WhichRouteAnswer,
  keyResponse: (q, key) => optionForKey(key, q.options.length),
  projector: { choices: (q) => ({ texts: q.options.map((o) => o.name), right: q.answerIndex, responses: q.options.map((_, i) => i) }), Figure: ProjectorMap },
  // On paper the routes are a choice, the one highlighted being shown on the projector.
  handout: { Answers: Options, key: rightAnswerText },
};
