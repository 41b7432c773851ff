/** The quiz engine: seeded, pure quiz generation, the Briefing, and grading. */
export type {
  CardOutcome, ChoiceQuestion, Feedback, Grading, MatchPair, MatchingQuestion, Question, QuestionKind, Quiz,
  QuizAnswer, QuizResponse, QuizResult, QuizSpec, ResponseByKind, SortItem, TrueFalseQuestion, WhichSideQuestion,
  MapOption, MapQuestion, TapPlaceQuestion, WhichRouteQuestion, OrderQuestion, QuestionByKind, QuestionOf, ResponseFor,
} from './types.ts';
export { QUESTION_KINDS } from './types.ts';
export { KIND_SPECS, kindSpec, MAP_KINDS, SINGLE_KINDS, type KindSpecs, type QuestionKindSpec, type ResponseCodec } from './kinds/index.ts';
export { answerGivesCorrection, responseText, rightAnswerText } from './answer-text.ts';
export { mapQuestions, MAP_SHARE } from './map-questions.ts';
export { generateQuiz } from './generate.ts';
export { briefingQuestions, briefingQuiz, BRIEFING_COUNT, type BriefingOptions } from './briefing.ts';
export { gradeAnswer, readResponse, scoreQuiz } from './grade.ts';
export { createQuestionBank, type QuestionBank } from './bank.ts';
export { questionForCard, type SingleQuestion } from './questions.ts';
