import { useState } from 'preact/hooks';
import type { PlaceId } from '../../domain/map';
import type { TapPlaceQuestion } from '../../domain/quiz';
import type { MapMark } from '../map/CorridorMap';
import { LazyCorridorMap } from '../map/LazyMap';
import type { AnswerProps } from './kinds';

/** The places a graded tap-place question marks: the right one, and the one tapped if it was wrong. */
export function tapMarks(question: TapPlaceQuestion, chosen: string | undefined): Partial<Record<PlaceId, MapMark>> {
  const marks: Partial<Record<PlaceId, MapMark>> = { [question.answer as PlaceId]: 'right' };
  if (chosen && chosen !== question.answer && !question.alsoRight.includes(chosen)) marks[chosen as PlaceId] = 'wrong';
  return marks;
}

/**
 * The map without names: tapping a place answers. The keyboard way (and the screen reader's) is
 * the list of places under it, with a button to check.
 */
export function TapPlaceAnswer({ question, chosen, graded, onAnswer }: AnswerProps<TapPlaceQuestion, string>) {
  const [pick, setPick] = useState<string>();
  const right = (id: string) => id === question.answer || question.alsoRight.includes(id);
  return (
    <div class="map-question">
      <LazyCorridorMap
        note={!!graded}
        mode={graded ? 'view' : 'tap'}
        label={graded ? `The map with ${rightName(question)} marked` : 'A map of the South Caucasus without names: tap the place, or choose it from the list below'}
        labels={graded ? 'places' : 'none'}
        routes={[]}
        marks={graded ? tapMarks(question, chosen) : {}}
        onSelect={(id) => { if (!graded) onAnswer(id); }}
      />
      <form class="map-places-list" onSubmit={(e) => { e.preventDefault(); if (pick && !graded) onAnswer(pick); }}>
        <fieldset>
          <legend>Or choose it from the list</legend>
          <div class="choices">
            {question.places.map((p) => (
              <label key={p.id}>
                <input type="radio" name="map-place" value={p.id} disabled={!!graded} checked={(graded ? chosen : pick) === p.id} onChange={() => setPick(p.id)} />
                {p.name}
                {graded && p.id === question.answer ? <span class="mark right"> ✓ right answer</span> : null}
                {graded && p.id === chosen && !right(p.id) ? <span class="mark wrong"> ✗ your answer</span> : null}
              </label>
            ))}
          </div>
        </fieldset>
        {graded ? null : <button type="submit" class="button primary" disabled={!pick}>Check my answer</button>}
      </form>
    </div>
  );
}

const rightName = (q: TapPlaceQuestion) => q.places.find((p) => p.id === q.answer)?.name ?? q.answer;
