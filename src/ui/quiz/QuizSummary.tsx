import { answeredQuestions, missedCardIds, missedQuestions, type QuizView } from '../../app/quiz';
import type { Question } from '../../domain/quiz';
import { Link } from '../router';
import { ChosenAndRight } from './FeedbackList';

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** The end of a quiz: score, time, every miss with its answer, and what to do next. */
export function QuizSummary({ view, onRetry, newQuizHref }: { view: QuizView; onRetry(questions: Question[]): void; newQuizHref: string }) {
  const right = view.answers.filter((a) => a.correct).length;
  const total = view.questions.length;
  const misses = missedQuestions(view);
  const answered = answeredQuestions(view);
  const cards = missedCardIds(view);
  return (
    <section aria-labelledby="results-title" class="results">
      <h2 id="results-title" tabIndex={-1}>Results</h2>
      <p class="big-figures">
        <span><strong data-testid="score">{right} / {total}</strong> right</span>
        <span><strong>{Math.round((right / Math.max(1, total)) * 100)}%</strong></span>
        <span><strong>{formatDuration((view.finishedAt ?? view.startedAt) - view.startedAt)}</strong></span>
      </p>
      <p>{view.practice ? 'Practice only: your schedule was not changed.' : 'Each answer updated its cards\u2019 schedule: misses come back soon in Study.'}</p>
      {misses.length ? (
        <>
          <h3>What you missed</h3>
          <ol class="misses">
            {answered.filter((a) => !a.correct).map(({ question: q, response }) => (
              <li key={q.id}>
                <p class="miss-prompt">{q.prompt}</p>
                <ChosenAndRight question={q} response={response} correct={false} />
              </li>
            ))}
          </ol>
        </>
      ) : <p>No misses. Well done.</p>}
      <details class="all-answers">
        <summary>Every question, with what you chose</summary>
        <ol class="misses all-answers-list">
          {answered.map(({ question: q, response, correct }) => (
            <li key={q.id}>
              <p class="miss-prompt">{q.prompt}</p>
              <ChosenAndRight question={q} response={response} correct={correct} />
            </li>
          ))}
        </ol>
      </details>
      <p class="actions">
        {misses.length ? <button type="button" class="button primary" onClick={() => onRetry(misses)}>Retry my mistakes</button> : null}
        {cards.length ? <Link class="button" href={`/study?cards=${cards.join(',')}`}>Study these cards</Link> : null}
        <Link class="button" href={newQuizHref}>New quiz</Link>
      </p>
    </section>
  );
}
