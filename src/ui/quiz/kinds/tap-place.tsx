import { rightAnswerText, type TapPlaceQuestion } from '../../../domain/quiz';
import { LazyCorridorMap } from '../../map/LazyMap';
import { TapPlaceAnswer, tapMarks } from '../TapPlaceAnswer';
import type { KindView } from './view';

/** The map without names until the reveal, which marks the place. */
function ProjectorMap({ question, revealed }: { question: TapPlaceQuestion; revealed: boolean }) {
  return (
    <div class="present-map">
      <LazyCorridorMap
        mode="view" routes={[]} labels={revealed ? 'places' : 'none'} marks={revealed ? tapMarks(question, undefined) : {}}
        label={revealed ? `The map with ${rightAnswerText(question)} marked` : 'A map of the South Caucasus without names'}
      />
    </div>
  );
}

export const tapPlaceView: KindView<TapPlaceQuestion, string> = {
  label: 'Find it on the map',
  answerInPlace: false,
  Answer: TapPlaceAnswer,
  keyResponse: () => undefined,
  projector: { choices: () => null, Figure: ProjectorMap },
  // On paper a map question becomes a choice among the places.
  handout: { Answers: ({ question }) => <p>Choose one: {question.places.map((p) => p.name).join(' · ')}</p>, key: rightAnswerText },
};
