import type { DayActivity } from '../../domain/statistics';
import { count } from '../../domain/words';
import './charts.css';

const LEVELS = [0, 1, 5, 15, 40];
const level = (n: number) => LEVELS.reduce((lvl, min, i) => (n >= min && n > 0 ? i : lvl), 0);
const dateLabel = (t: number) => new Date(t).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });

/** A GitHub-style calendar: one column per week, one square per day, darker for more ratings. */
export function ActivityCalendar({ days }: { days: DayActivity[] }) {
  const size = 12;
  const gap = 3;
  const weeks = Math.ceil(days.length / 7);
  const active = days.filter((d) => d.study + d.quiz > 0);
  return (
    <figure class="chart">
      <figcaption><strong>Activity</strong> <span class="muted">the last {weeks} weeks; {count(active.length, 'day')} with ratings</span></figcaption>
      <svg viewBox={`0 0 ${weeks * (size + gap)} ${7 * (size + gap)}`} role="img" aria-label={`${count(active.length, 'active day')} in the last ${count(weeks, 'week')}`} class="calendar">
        {days.map((d, i) => {
          const n = d.study + d.quiz;
          return (
            <rect key={d.day} x={Math.floor(i / 7) * (size + gap)} y={(i % 7) * (size + gap)} width={size} height={size} rx={2} class={`level-${level(n)}`}>
              <title>{`${dateLabel(d.day)}: ${count(n, 'rating')}`}</title>
            </rect>
          );
        })}
      </svg>
      <details>
        <summary>Show active days as a table</summary>
        {active.length === 0 ? <p>No ratings yet.</p> : (
          <table>
            <thead><tr><th scope="col">Day</th><th scope="col">Study</th><th scope="col">Quiz</th></tr></thead>
            <tbody>{active.map((d) => <tr key={d.day}><th scope="row">{dateLabel(d.day)}</th><td>{d.study}</td><td>{d.quiz}</td></tr>)}</tbody>
          </table>
        )}
      </details>
    </figure>
  );
}
