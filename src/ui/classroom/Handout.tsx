import type { Quiz } from '../../domain/quiz';
import { kindView } from '../quiz/kinds';
import { Link } from '../router';

/** The class quiz on paper: each prompt with the way it is answered, then the answer key on a page of its own. */
export function Handout({ quiz, title, backHref }: { quiz: Quiz; title: string; backHref: string }) {
  return (
    <div class="handout">
      <p class="no-print actions"><Link href={backHref}>← Back</Link> <button type="button" class="button" onClick={() => print()}>Print</button></p>
      <h1>{title}</h1>
      <ol class="handout-questions">
        {quiz.questions.map((q) => {
          const { Answers } = kindView(q.kind).handout;
          return (
            <li key={q.id}>
              <p>{q.prompt}</p>
              <Answers question={q} />
            </li>
          );
        })}
      </ol>
      <section class="answer-key">
        <h2>Answer key</h2>
        <ol>
          {quiz.questions.map((q) => <li key={q.id} class="pre">{kindView(q.kind).handout.key(q)}</li>)}
        </ol>
      </section>
    </div>
  );
}
