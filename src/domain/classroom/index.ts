/**
 * The classroom without a server: a quiz shared as a link and QR code (the spec), a student's answers
 * returned as a result code, and the class summary and CSV built from the codes collected.
 */
export {
  canonicalSpec, CUSTOM_PREFIX, quizIdOf, SPEC_LIMITS, SPEC_VERSION, toQuizSpec, validateSpec,
  type ClassroomDeckRef, type ClassroomSpec, type SpecResult,
} from './spec.ts';
export { decodeSpec, encodeShareLink, encodeSpec, QR_LINK_LIMIT, SPEC_ERRORS, type LinkResult } from './spec-codec.ts';
export { checkDecksAvailable, classroomQuiz, type AvailableDeck } from './spec-decks.ts';
export {
  canonicalCode, codeStudentKey, decodeResultCode, encodeResultCode, NAME_ALPHABET, quizTag, RESULT_ERRORS, STUDENT_KEY, type DecodedResult,
} from './result-code.ts';
export {
  ALREADY_WRITTEN, answerDoc, checkLiveUrl, LIVE_DB_PREFIX, LIVE_DESIGN_ID, liveDatabaseName, liveTarget, liveValidateFunction,
  readLiveDoc, resultDoc, studentIdentity, tallyLive,
  type AnswerDoc, type HandResult, type LiveDoc, type LiveEntry, type LiveQuestionTally, type LiveRead, type LiveTally, type LiveTarget, type ResultDoc,
} from './live.ts';
export { checkName, MAX_NAME, nameKey } from './student-name.ts';
export { addStudent, type AddStudentResult } from './roster.ts';
export {
  summariseClass, type ClassSummary, type Outcome, type QuestionSummary, type StudentResponses, type StudentSummary,
} from './summary.ts';
export { classCsv, csvField, toCsv } from './csv.ts';
export {
  addDays, chooseFollowUp, FOLLOW_UP, followUpDays, followUpSpec, followUpTitle, localDay, readFollowUpLink,
  type FollowUpChoice, type FollowUpLink,
} from './follow-up.ts';
