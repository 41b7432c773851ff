/** A fresh seed for a new quiz, Briefing or class: the one place the app draws randomness for quizzes. */
export const newSeed = (): string => Math.random().toString(36).slice(2, 10);
