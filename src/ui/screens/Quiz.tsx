import { useState } from 'preact/hooks';
import { TOPIC_TITLES } from '../../domain/deck/types';
import { Notice } from '../components/Notice';
import { newSeed } from '../new-seed';
import { QuizRunner } from '../quiz/QuizRunner';
import { QuizSummary } from '../quiz/QuizSummary';
import { useQuiz } from '../quiz/use-quiz';
import { Link, navigate } from '../router';
import { useServices } from '../services-context';
import { useAsync } from '../use-async';

const COUNTS = [5, 10, 20, 30];

/** Choose decks, length and practice mode; see past results. */
export function QuizHome() {
  const services = useServices();
  const { summaries } = services.catalog;
  const [decks, setDecks] = useState<string[]>(summaries.map((s) => s.id));
  const [count, setCount] = useState(10);
  const [practice, setPractice] = useState(false);
  const results = useAsync(() => services.quizzes.recent(20), []);
  const titles = new Map(summaries.map((s) => [s.id, s.title]));

  const start = (e: Event) => {
    e.preventDefault();
    const q = new URLSearchParams();
    decks.forEach((d) => q.append('deck', d));
    q.set('count', String(count));
    q.set('seed', newSeed());
    if (practice) q.set('practice', '1');
    navigate(`/quiz/play?${q}`);
  };
  return (
    <>
      <h1>Quiz</h1>
      <form class="settings" onSubmit={start}>
        <fieldset>
          <legend>Decks</legend>
          {summaries.map((s) => (
            <label key={s.id} class="radio">
              <input type="checkbox" checked={decks.includes(s.id)}
                onChange={(e) => setDecks((d) => (e.currentTarget.checked ? [...d, s.id] : d.filter((x) => x !== s.id)))} />
              {s.title} <span class="muted">({s.cardIds.length} cards)</span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Questions</legend>
          {COUNTS.map((n) => (
            <label key={n} class="radio"><input type="radio" name="count" checked={count === n} onChange={() => setCount(n)} />{n}</label>
          ))}
        </fieldset>
        <label class="radio">
          <input type="checkbox" checked={practice} onChange={(e) => setPractice(e.currentTarget.checked)} />
          Practice only (leave my study schedule alone)
        </label>
        <p><button type="submit" class="button primary big" disabled={decks.length === 0}>Start the quiz</button></p>
      </form>
      <section aria-labelledby="past-title">
        <h2 id="past-title">Past results</h2>
        {results.status !== 'ready' ? null : results.value.length === 0 ? <p>No quizzes yet.</p> : (
          <table class="results-table">
            <thead><tr><th scope="col">Date</th><th scope="col">What</th><th scope="col">Score</th></tr></thead>
            <tbody>
              {results.value.map((r) => (
                <tr key={r.id}>
                  <td>{new Date(r.startedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                  <td>
                    {r.mode === 'briefing' ? 'Briefing: ' : ''}
                    {(r.mode === 'briefing' ? r.topics.map((t) => TOPIC_TITLES[t as keyof typeof TOPIC_TITLES] ?? t) : r.deckIds.map((d) => titles.get(d) ?? d)).join(', ') || 'All decks'}
                    {r.practice ? ' (practice)' : ''}
                    {r.finishedAt === undefined ? ' (not finished)' : ''}
                  </td>
                  <td>{r.answers.filter((a) => a.correct).length} / {r.questionCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

/** A quiz in progress, then its results. The URL holds the whole spec, so a reload asks the same quiz. */
export function QuizPlay({ query }: { query: URLSearchParams }) {
  const deckIds = query.getAll('deck');
  const count = Number(query.get('count') ?? 10);
  const seed = query.get('seed') ?? 'default';
  const run = useQuiz({ seed, count: Number.isFinite(count) ? Math.min(100, Math.max(1, count)) : 10, deckIds }, query.get('practice') === '1');
  if (run.error) return <Notice kind="error">{run.error} <Link href="/quiz">Choose another quiz</Link>.</Notice>;
  if (!run.view || !run.controller) return <p aria-busy="true">Preparing the quiz…</p>;
  return (
    <>
      <h1>Quiz</h1>
      {run.view.finished ? (
        <QuizSummary view={run.view} onRetry={run.restart} newQuizHref="/quiz" />
      ) : (
        <QuizRunner controller={run.controller} view={run.view} />
      )}
    </>
  );
}
