import type { ClassSummary } from '../../domain/classroom';
import { BarChart } from '../components/BarChart';

/** How the class did: score distribution, questions by most missed (explanation ready), each student. */
export function ClassSummaryView({ summary, onCsv }: { summary: ClassSummary; onCsv(): void }) {
  if (summary.students === 0) return <p data-testid="class-empty">No results yet. Add the students' result codes above.</p>;
  return (
    <section aria-labelledby="summary-title" class="panel" data-testid="class-summary">
      <h2 id="summary-title">Class summary</h2>
      <p class="big-figures">
        <span><strong data-testid="class-students">{summary.students}</strong> student{summary.students === 1 ? '' : 's'}</span>
        <span><strong data-testid="class-mean">{summary.meanScore.toFixed(1)}</strong> of {summary.questions} right on average</span>
      </p>
      <BarChart
        title="Scores" description="how many students got each score" series={['Students']}
        bars={summary.distribution.map((n, score) => ({ label: String(score), values: [n] }))}
      />
      <h3>Questions, most missed first</h3>
      <table class="results-table" data-testid="class-questions">
        <thead><tr><th scope="col">#</th><th scope="col">Question</th><th scope="col">Right</th></tr></thead>
        <tbody>
          {summary.perQuestion.map((q) => (
            <tr key={q.questionId}>
              <td>{q.number}</td>
              <td>
                <details><summary>{q.prompt}</summary><p class="explanation">{q.explanation}</p></details>
              </td>
              <td>{Math.round(q.shareCorrect * 100)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Students</h3>
      <table class="results-table" data-testid="class-students-table">
        <thead><tr><th scope="col">Name</th><th scope="col">Score</th><th scope="col">Missed questions</th></tr></thead>
        <tbody>
          {summary.perStudent.map((s) => (
            <tr key={s.name}><th scope="row">{s.name}</th><td>{s.score} / {summary.questions}</td><td>{s.missed.join(', ') || 'none'}</td></tr>
          ))}
        </tbody>
      </table>
      <p><button type="button" class="button" onClick={onCsv}>Download as CSV</button></p>
    </section>
  );
}
