import { loadProgress } from '../../app/progress';
import { TOPIC_TITLES } from '../../domain/deck/types';
import { count, percent, plural } from '../../domain/words';
import { ActivityCalendar } from '../components/ActivityCalendar';
import { BarChart } from '../components/BarChart';
import { ProblemNotice } from '../components/ProblemNotice';
import { useServices } from '../services-context';
import { useAsync } from '../use-async';

const shortDate = (t: number) => new Date(t).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });

export function Progress() {
  const services = useServices();
  const state = useAsync(() => loadProgress(services), []);
  if (state.status === 'loading') return <p aria-busy="true">Counting your reviews…</p>;
  if (state.status === 'error') return <><h1>Progress</h1><ProblemNotice problem={state.problem} context="Could not read your progress" /></>;
  const p = state.value;
  const { retention } = p;
  const last30 = p.activity.slice(-30);
  return (
    <>
      <h1>Progress</h1>
      <section class="summary" aria-label="Summary">
        <p class="big-figures">
          <span><strong data-testid="progress-streak">{p.streak}</strong> {plural(p.streak, 'day')} in a row</span>
          <span><strong data-testid="progress-total">{p.totalReviews}</strong> {plural(p.totalReviews, 'rating')} in all</span>
        </p>
        <p data-testid="retention">
          {retention.rate === undefined
            ? 'True retention: no reviews of learnt cards in the last 30 days yet.'
            : `True retention, last 30 days: ${percent(retention.rate)} of ${count(retention.count, 'review')} remembered (you aim for ${percent(retention.desired)}).`}
        </p>
      </section>
      <BarChart
        title="Due forecast"
        description="cards falling due each day for the next 30 days (today includes overdue cards)"
        series={['Cards due']}
        bars={p.forecast.map((n, i) => ({ label: i === 0 ? 'Today' : shortDate(p.forecastDays[i]!), values: [n] }))}
        tickEvery={7}
      />
      <section aria-labelledby="mastery-title">
        <h2 id="mastery-title">Mastery by topic</h2>
        <p class="muted">Cards you are expected to remember for three weeks or more.</p>
        <ul class="mastery">
          {p.mastery.map((m) => {
            const share = m.total ? m.mastered / m.total : 0;
            return (
              <li key={m.topic}>
                <span class="mastery-label">{TOPIC_TITLES[m.topic]}</span>
                <span class="meter" aria-hidden="true"><span style={{ width: percent(share) }} /></span>
                <span>{m.mastered} of {m.total} ({percent(share)})</span>
              </li>
            );
          })}
        </ul>
      </section>
      <ActivityCalendar days={p.activity} />
      <BarChart
        title="Ratings per day"
        description="the last 30 days, study reviews and quiz answers"
        series={['Study', 'Quiz and Briefing']}
        bars={last30.map((d) => ({ label: shortDate(d.day), values: [d.study, d.quiz] }))}
        tickEvery={7}
      />
    </>
  );
}
