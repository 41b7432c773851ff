import { useState } from 'preact/hooks';
import { answeredQuestions, missedCardIds, type QuizView } from '../../app/quiz';
import { ARTICLE_TOPICS, LATER_TOPIC, TOPICS, TOPIC_TITLES, type Topic } from '../../domain/deck/types';
import { CONTENT_REACH, monthName } from '../../domain/deck/reach';
import { BRIEFING_COUNT, rightAnswerText } from '../../domain/quiz';
import { Notice } from '../components/Notice';
import { ChosenAndRight, FeedbackList } from '../quiz/FeedbackList';
import { QuizRunner } from '../quiz/QuizRunner';
import { useQuiz } from '../quiz/use-quiz';
import { Link, navigate } from '../router';
import { useServices } from '../services-context';
import { useAsync } from '../use-async';
import { newSeed } from '../../app/seed';
import '../components/briefing-print.css';

/**
 * "Before a discussion": pick the topics, take twelve questions, get a report to take into the room.
 * The article's topics are asked by default; "up to date" mixes in the deck of what happened after it.
 */
export function BriefingHome() {
  const [topics, setTopics] = useState<Topic[]>([...ARTICLE_TOPICS]);
  const [upToDate, setUpToDate] = useState(false);
  const start = (e: Event) => {
    e.preventDefault();
    const q = new URLSearchParams();
    [...topics, ...(upToDate ? [LATER_TOPIC] : [])].forEach((t) => q.append('topic', t));
    q.set('seed', newSeed());
    navigate(`/briefing/play?${q}`);
  };
  return (
    <>
      <h1>Before a discussion</h1>
      <p>
        A quick self-test of {BRIEFING_COUNT} questions on the article's central claims, then a report: how you did on each
        topic, the talking points to re-read, and the reasoning behind everything you missed. It takes about ten minutes.
      </p>
      <form class="settings" onSubmit={start}>
        <fieldset>
          <legend>Topics</legend>
          {ARTICLE_TOPICS.map((t) => (
            <label key={t} class="radio">
              <input type="checkbox" checked={topics.includes(t)}
                onChange={(e) => setTopics((ts) => (e.currentTarget.checked ? [...ts, t] : ts.filter((x) => x !== t)))} />
              {TOPIC_TITLES[t]}
            </label>
          ))}
        </fieldset>
        <p>
          <label class="radio">
            <input type="checkbox" checked={upToDate} onChange={(e) => setUpToDate(e.currentTarget.checked)} />
            Up to date: also ask what happened after the article (to {monthName(CONTENT_REACH.later)})
          </label>
        </p>
        <p><button type="submit" class="button primary big" disabled={topics.length === 0}>Start the Briefing</button></p>
      </form>
    </>
  );
}

export function BriefingPlay({ query }: { query: URLSearchParams }) {
  const named = query.getAll('topic').filter((t): t is Topic => (TOPICS as readonly string[]).includes(t));
  // A link that names no topic asks the article's topics, as the form does unless "up to date" is ticked.
  const topics = named.length ? named : [...ARTICLE_TOPICS];
  const run = useQuiz({ mode: 'briefing', seed: query.get('seed') ?? 'default', count: BRIEFING_COUNT, topics }, false);
  if (run.error) return <Notice kind="error">{run.error} <Link href="/briefing">Start again</Link>.</Notice>;
  if (!run.view || !run.controller) return <p aria-busy="true">Preparing your Briefing…</p>;
  return (
    <>
      <h1>{run.view.finished ? 'Your Briefing' : 'Before a discussion'}</h1>
      {run.view.finished ? <BriefingReport view={run.view} topics={topics} /> : <QuizRunner controller={run.controller} view={run.view} />}
    </>
  );
}

/**
 * Per topic: the share right, its talking points, and the explanation behind each miss. Prints the
 * weak spots with their talking points on one A4 or Letter page, the topics answered all right on a second.
 */
function BriefingReport({ view, topics }: { view: QuizView; topics: Topic[] }) {
  const { catalog } = useServices();
  // The talking points are a chunk of their own: the report shows once they are here (or without them, if they cannot load).
  const notes = useAsync(() => catalog.notes(), []);
  const pointsOf = (topic: Topic) => (notes.status === 'ready' ? catalog.summaries.filter((d) => d.topic === topic).flatMap((d) => notes.value.get(d.id)?.talkingPoints ?? []) : []);
  if (notes.status === 'loading') return <p aria-busy="true">Preparing your report…</p>;
  const byTopic = topics.map((topic) => {
    const questions = view.questions.filter((q) => q.topic === topic);
    const answers = questions.map((q) => ({ q, a: view.answers.find((a) => a.questionId === q.id) }));
    const right = answers.filter((x) => x.a?.correct).length;
    return {
      topic,
      asked: questions.length,
      right,
      share: questions.length ? right / questions.length : 1,
      misses: answers.filter((x) => !x.a?.correct).map((x) => x.q),
      points: pointsOf(topic),
    };
  }).filter((t) => t.asked > 0);
  const sorted = [...byTopic].sort((a, b) => a.share - b.share);
  const weakest = sorted[0];
  const cards = missedCardIds(view);
  const responses = new Map(answeredQuestions(view).map((a) => [a.question, a.response]));
  const right = view.answers.filter((a) => a.correct).length;
  return (
    <section class="briefing-report" aria-labelledby="report-title">
      <h2 id="report-title" tabIndex={-1}>{right} of {view.questions.length} right</h2>
      {weakest && weakest.share < 1 ? <p data-testid="weakest">Weakest topic: <strong>{TOPIC_TITLES[weakest.topic]}</strong> ({Math.round(weakest.share * 100)}% right).</p> : <p>No weak spots in this Briefing.</p>}
      <table class="results-table">
        <caption class="visually-hidden">Share right per topic</caption>
        <thead><tr><th scope="col">Topic</th><th scope="col">Right</th><th scope="col">Share</th></tr></thead>
        <tbody>
          {byTopic.map((t) => (
            <tr key={t.topic} data-topic={t.topic}><th scope="row">{TOPIC_TITLES[t.topic]}</th><td>{t.right} of {t.asked}</td><td>{Math.round(t.share * 100)}%</td></tr>
          ))}
        </tbody>
      </table>
      <p class="actions no-print">
        {cards.length ? <Link class="button primary" href={`/study?cards=${cards.join(',')}`}>Study what I missed now</Link> : null}
        <button type="button" class="button" onClick={() => print()}>Print this report</button>
        <Link class="button" href="/briefing">Another Briefing</Link>
      </p>
      {/* Weak spots first, weakest first. In print they fill the first page with their talking points;
          the misses (a copy made for paper) and the topics answered all right make a second. */}
      {sorted.map((t) => (
        <section key={t.topic} class={`report-topic ${t.share < 1 ? 'weak' : 'strong'}`} aria-labelledby={`topic-${t.topic}`} data-testid={`report-${t.topic}`}>
          <h3 id={`topic-${t.topic}`}>{TOPIC_TITLES[t.topic]}: {t.right} of {t.asked}</h3>
          <h4>Talking points</h4>
          <ul class="talking-points">{t.points.map((p) => <li key={p}>{p}</li>)}</ul>
          {t.misses.length ? (
            <div class="topic-misses">
              <h4>What you missed, and why it matters</h4>
              <ol class="misses">
                {t.misses.map((q) => (
                  <li key={q.id}>
                    <p class="miss-prompt">{q.prompt}</p>
                    <ChosenAndRight question={q} response={responses.get(q)} correct={false} />
                    <FeedbackList question={q} />
                  </li>
                ))}
              </ol>
            </div>
          ) : null}
        </section>
      ))}
      {sorted.some((t) => t.misses.length) ? (
        <section class="report-print-misses" aria-hidden="true">
          <h3>What you missed</h3>
          {sorted.filter((t) => t.misses.length).map((t) => (
            <div key={t.topic}>
              <h4>{TOPIC_TITLES[t.topic]}</h4>
              <ol>{t.misses.map((q) => <li key={q.id}><span class="miss-prompt">{q.prompt}</span> <span class="pre">✓ {rightAnswerText(q)}</span></li>)}</ol>
            </div>
          ))}
        </section>
      ) : null}
    </section>
  );
}
