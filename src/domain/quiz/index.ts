/** The quiz engine: seeded, pure quiz generation, the Briefing, and grading. */
export type {
  CardOutcome, ChoiceQuestion, Feedback, Grading, MatchPair, MatchingQuestion, Question, QuestionKind, Quiz,
  QuizAnswer, QuizResponse, QuizResult, QuizSpec, ResponseByKind, SortItem, TrueFalseQuestion, WhichSideQuestion,
  MapOption, MapQuestion, TapPlaceQuestion, WhichRouteQuestion,
} from './types.ts';
export { MAP_KINDS, QUESTION_KINDS, SINGLE_KINDS } from './types.ts';
export { mapQuestions, MAP_SHARE } from './map-questions.ts';
export { generateQuiz } from './generate.ts';
export { briefingQuestions, briefingQuiz, BRIEFING_COUNT, type BriefingOptions } from './briefing.ts';
export { gradeAnswer, scoreQuiz } from './grade.ts';
export { createQuestionBank, type QuestionBank } from './bank.ts';
export { questionForCard, type SingleQuestion } from './questions.ts';
