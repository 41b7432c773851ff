import { answerGivesCorrection, type Question } from '../../domain/quiz';
import { SourceNote } from '../components/SourceNote';

/** Why the answer is what it is: each card's explanation and source (and, where asked, its correction). */
export function FeedbackList({ question, corrections = false }: { question: Question; corrections?: boolean }) {
  return (
    <>
      {question.feedback.map((f, i) => (
        <div key={f.cardId ?? i} class="feedback-item">
          {corrections && f.correction && !answerGivesCorrection(question) ? <p>{f.correction}</p> : null}
          <p class="explanation">{f.explanation}</p>
          <SourceNote source={f.source} />
        </div>
      ))}
    </>
  );
}
