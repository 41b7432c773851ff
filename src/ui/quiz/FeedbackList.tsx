import { answerGivesCorrection, responseText, rightAnswerText, type Question } from '../../domain/quiz';
import { SourceNote } from '../components/SourceNote';

/** Why the answer is what it is: each card's explanation and source, under what it is about (and, where asked, its correction). */
export function FeedbackList({ question, corrections = false }: { question: Question; corrections?: boolean }) {
  return (
    <>
      {question.feedback.map((f, i) => (
        <div key={f.cardId ?? i} class="feedback-item">
          {f.about ? <p class="feedback-about">{f.about}</p> : null}
          {corrections && f.correction && !answerGivesCorrection(question) ? <p>{f.correction}</p> : null}
          <p class="explanation">{f.explanation}</p>
          <SourceNote source={f.source} />
        </div>
      ))}
    </>
  );
}

/** An answer in words; one of several lines (the pairs of a matching, the steps of an order) is a list item each. */
function AnswerLines({ text }: { text: string }) {
  const lines = text.split('\n');
  return lines.length === 1 ? <>{text}</> : <ul class="answer-lines">{lines.map((line, i) => <li key={i}>{line}</li>)}</ul>;
}

/** What was chosen and what is right, for a question in the results: "You chose …", then the answer (when they differ). */
export function ChosenAndRight({ question, response, correct }: { question: Question; response: unknown; correct: boolean }) {
  return (
    <dl class="chosen-right">
      <div class={correct ? 'right' : 'wrong'}>
        <dt><span aria-hidden="true">{correct ? '✓ ' : '✗ '}</span>You chose<span class="visually-hidden">{correct ? ' (right)' : ' (wrong)'}</span></dt>
        <dd data-testid="you-chose"><AnswerLines text={responseText(question, response)} /></dd>
      </div>
      {correct ? null : (
        <div class="right">
          <dt><span aria-hidden="true">✓ </span>The answer</dt>
          <dd><AnswerLines text={rightAnswerText(question)} /></dd>
        </div>
      )}
    </dl>
  );
}
