/**
 * What one kind of question must supply to the screens: how it is answered (quiz, Briefing, a
 * student's class quiz), shown on the projector, and printed on the handout. The table (index.ts)
 * holds one per kind, so a kind without every part does not compile.
 */
import type { ComponentType } from 'preact';
import type { Grading, Question } from '../../../domain/quiz';

export interface AnswerProps<Q extends Question, R> {
  question: Q;
  /** The response given, once given (a form keeps its own picks until it is sent). */
  chosen: R | undefined;
  graded: Grading | undefined;
  onAnswer(response: R): void;
}

export interface KindView<Q extends Question, R> {
  /** Said above the prompt in a quiz. */
  label: string;
  /** The graded Answer marks the right answer part by part itself, so the feedback does not repeat it in one block. */
  answerInPlace: boolean;
  Answer: ComponentType<AnswerProps<Q, R>>;
  /** The response a key (lower-cased) gives at once, as 1–4 or A–D pick an option; undefined: the key does nothing. */
  keyResponse: (question: Q, key: string) => R | undefined;
  projector: {
    /**
     * The options shown with shapes, letters and a tally of hands, the right one, and the response
     * each option stands for (a live class counts who chose it); null: discussed, then revealed in words.
     */
    choices: (question: Q) => { texts: string[]; right: number; responses: R[] } | null;
    /** Shown above the options, such as the map of a map question (marked at the reveal); null for none. */
    Figure: ComponentType<{ question: Q; revealed: boolean }> | null;
  };
  handout: {
    /** How it is answered on paper, under its prompt. */
    Answers: ComponentType<{ question: Q }>;
    /** Its line in the answer key. */
    key: (question: Q) => string;
  };
}
