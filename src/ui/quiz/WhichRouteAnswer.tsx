import { routeById, type RouteId } from '../../domain/map';
import type { WhichRouteQuestion } from '../../domain/quiz';
import { LazyCorridorMap } from '../map/LazyMap';
import type { AnswerProps } from './kinds';
import { OPTION_LETTERS } from './option-letters';

/** What the highlighted route of a which-route question looks like, in words (its course, not its name). */
export function highlightedCourse(question: WhichRouteQuestion): string {
  const id = question.options[question.answerIndex]?.id ?? '';
  return routeById(id)?.course ?? '';
}

/** The map with one route highlighted, and the four routes' names as options A–D (keys 1–4 or A–D). */
export function WhichRouteAnswer({ question, chosen, graded, onAnswer }: AnswerProps<WhichRouteQuestion, number>) {
  const route = question.options[question.answerIndex]?.id as RouteId;
  return (
    <>
      <div class="map-question">
        <LazyCorridorMap
          note
          mode="view"
          label={`A map of the South Caucasus with one route highlighted. ${highlightedCourse(question)}`}
          labels={graded ? 'all' : 'places'}
          routes={[route]}
          highlight={route}
        />
      </div>
      <ol class="options" aria-label="Options">
        {question.options.map((option, i) => {
          const right = graded && i === question.answerIndex;
          const wrongPick = graded && i === chosen && !right;
          return (
            <li key={option.id}>
              <button type="button" class={`option${right ? ' right' : ''}${wrongPick ? ' wrong' : ''}`} disabled={!!graded} aria-pressed={chosen === i} onClick={() => onAnswer(i)}>
                <span class="letter" aria-hidden="true">{OPTION_LETTERS[i]}</span>
                <span class="visually-hidden">{OPTION_LETTERS[i]}: </span>
                <span>{option.name}</span>
                {right ? <span class="mark"> ✓ right answer</span> : null}
                {wrongPick ? <span class="mark"> ✗ your answer</span> : null}
              </button>
            </li>
          );
        })}
      </ol>
    </>
  );
}
