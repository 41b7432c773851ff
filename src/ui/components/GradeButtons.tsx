import { useEffect, useRef } from 'preact/hooks';
import { describeInterval, formatInterval } from '../../domain/interval';
import type { Outcome } from '../../domain/scheduler';
import { GRADES, GRADE_NAMES, type Grade } from '../../domain/memory';

/** Again / Hard / Good / Easy, each with the interval it would give, and its key. */
export function GradeButtons({ outcomes, onGrade }: { outcomes: Record<Grade, Outcome>; onGrade(grade: Grade): void }) {
  const good = useRef<HTMLButtonElement>(null);
  useEffect(() => good.current?.focus(), []);
  return (
    <div class="grades" role="group" aria-label="How well did you remember?">
      {GRADES.map((g) => (
        <button
          key={g}
          ref={g === 3 ? good : undefined}
          type="button"
          class={`grade grade-${g}`}
          onClick={() => onGrade(g)}
          aria-label={`${GRADE_NAMES[g]}: next review ${describeInterval(outcomes[g].intervalMs)} (key ${g})`}
        >
          <span class="interval" aria-hidden="true">{formatInterval(outcomes[g].intervalMs)}</span>
          <span class="grade-name">{GRADE_NAMES[g]}</span>
          <kbd aria-hidden="true">{g}</kbd>
        </button>
      ))}
    </div>
  );
}
