/** The class summary: how the class did, which questions it missed most, and how each student did. */
import { gradeAnswer, readResponse } from '../quiz/grade.ts';
import type { QuestionKind, Quiz } from '../quiz/types.ts';

export type Outcome = 'right' | 'wrong' | 'unanswered';

export interface QuestionSummary {
  /** 1-based, in quiz order. */
  number: number;
  questionId: string;
  kind: QuestionKind;
  prompt: string;
  /** The explanations shown after answering, one paragraph per card. */
  explanation: string;
  correct: number;
  unanswered: number;
  /** Correct answers per student, 0–1 (0 for an empty class). */
  shareCorrect: number;
}

export interface StudentSummary {
  name: string;
  score: number;
  /** 1-based numbers of the questions answered wrongly or not at all. */
  missed: number[];
  /** One per question, in quiz order. */
  outcomes: Outcome[];
}

export interface ClassSummary {
  students: number;
  questions: number;
  /** The mean number of questions right (0 for an empty class). */
  meanScore: number;
  /** `distribution[s]`: how many students got s questions right, for s = 0 … questions. */
  distribution: number[];
  /** Most missed first (lowest share correct; ties in quiz order). */
  perQuestion: QuestionSummary[];
  /** In the order given. */
  perStudent: StudentSummary[];
}

export interface StudentResponses {
  name: string;
  /** One per question, in quiz order, as decoded or stored (each is read against its question); missing or null: unanswered. */
  responses: readonly unknown[];
}

export function summariseClass(quiz: Quiz, students: readonly StudentResponses[]): ClassSummary {
  const n = quiz.questions.length;
  const perStudent = students.map((student): StudentSummary => {
    const outcomes = quiz.questions.map((q, i): Outcome => {
      const response = student.responses[i] ?? null;
      if (response === null) return 'unanswered';
      // Something stored that is not an answer to this question reads as none, and grades as wrong.
      return gradeAnswer(q, readResponse(q, response)).correct ? 'right' : 'wrong';
    });
    return {
      name: student.name,
      score: outcomes.filter((o) => o === 'right').length,
      missed: outcomes.flatMap((o, i) => (o === 'right' ? [] : [i + 1])),
      outcomes,
    };
  });
  const count = perStudent.length;
  const distribution = new Array<number>(n + 1).fill(0);
  for (const s of perStudent) distribution[s.score]! += 1;
  const perQuestion = quiz.questions.map((q, i): QuestionSummary => {
    const correct = perStudent.filter((s) => s.outcomes[i] === 'right').length;
    return {
      number: i + 1,
      questionId: q.id,
      kind: q.kind,
      prompt: q.prompt,
      explanation: q.feedback.map((f) => f.explanation).filter((e) => e.trim() !== '').join('\n'),
      correct,
      unanswered: perStudent.filter((s) => s.outcomes[i] === 'unanswered').length,
      shareCorrect: count === 0 ? 0 : correct / count,
    };
  }).sort((a, b) => a.shareCorrect - b.shareCorrect || a.number - b.number);
  return {
    students: count,
    questions: n,
    meanScore: count === 0 ? 0 : perStudent.reduce((sum, s) => sum + s.score, 0) / count,
    distribution,
    perQuestion,
    perStudent,
  };
}
