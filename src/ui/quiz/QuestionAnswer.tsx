import { useState } from 'preact/hooks';
import type { Grading, QuestionByKind, QuestionKind, ResponseByKind } from '../../domain/quiz';
import { kindView } from './kinds';
import { useDocumentKeys } from '../use-document-keys';

/**
 * One question's answer component, with what was chosen and the keys that answer at once (1–4 or
 * A–D, T or F). Generic over the kind, so the response's type is the question's own; keyed by the
 * question, so a new question starts with nothing chosen.
 */
export function QuestionAnswer<K extends QuestionKind>({ kind, question, graded, onAnswer }: {
  kind: K; question: QuestionByKind[K]; graded: Grading | undefined; onAnswer(response: ResponseByKind[K]): void;
}) {
  const view = kindView(kind);
  const [chosen, setChosen] = useState<ResponseByKind[K]>();
  const answer = (response: ResponseByKind[K]) => { setChosen(response); onAnswer(response); };

  useDocumentKeys((e) => {
    if (graded || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target instanceof HTMLSelectElement || e.target instanceof HTMLInputElement) return;
    const response = view.keyResponse(question, e.key.toLowerCase());
    if (response !== undefined) { e.preventDefault(); answer(response); }
  });

  return <view.Answer question={question} chosen={chosen} graded={graded} onAnswer={answer} />;
}
