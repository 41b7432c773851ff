/**
 * The classroom use cases, with no server: a teacher creates a class quiz (a spec kept with its
 * results on this device), shares it as a link; a student's device opens the link and regenerates
 * the same quiz; the teacher collects the students' result codes.
 */
import {
  CUSTOM_PREFIX, addStudent, classroomQuiz, summariseClass, type ClassSummary, decodeResultCode, decodeSpec, encodeShareLink, quizIdOf, validateSpec,
  type ClassroomSpec, type LiveTarget,
} from '../domain/classroom';
import type { Quiz } from '../domain/quiz';
import type { ClassSessionRecord, ClassStudentRecord } from '../domain/records';
import type { Services } from './services';

export interface NewClass {
  title: string;
  deckIds: string[];
  count: number;
  secondsPerQuestion: number;
}

/** Creates a class quiz with a fresh seed; an imported deck travels inside the spec. */
export async function createClass(services: Services, input: NewClass, seed: string): Promise<string> {
  const decks = await services.catalog.all();
  // Distractors come from every deck, so every deck is named; only the chosen ones are asked.
  const asked = new Set(input.deckIds);
  const chosenCards = decks.filter((d) => asked.has(d.id)).flatMap((d) => d.cards.map((c) => c.id));
  const custom = decks.filter((d) => d.id.startsWith(CUSTOM_PREFIX) && asked.has(d.id));
  const shipped = decks.filter((d) => !d.id.startsWith(CUSTOM_PREFIX));
  const raw: ClassroomSpec = {
    v: 1,
    title: input.title.trim() || 'Class quiz',
    decks: [...shipped, ...custom].map((d) => ({ id: d.id, version: d.version })),
    seed,
    count: input.count,
    secondsPerQuestion: input.secondsPerQuestion,
    ...(asked.size < decks.length ? { cardIds: chosenCards } : {}),
    ...(custom.length ? { customDecks: custom } : {}),
  };
  const checked = validateSpec(raw);
  if (!checked.ok) throw new Error(checked.error);
  const record: ClassSessionRecord = {
    id: quizIdOf(checked.spec) + '-' + services.clock.now().toString(36),
    spec: checked.spec,
    title: checked.spec.title,
    createdAt: services.clock.now(),
    students: [],
  };
  await services.classes.save(record);
  return record.id;
}

export interface LoadedClass {
  record: ClassSessionRecord;
  spec: ClassroomSpec;
  quiz: Quiz;
}

/** The class quizzes made on this device, newest first. */
export const listClasses = (services: Services): Promise<ClassSessionRecord[]> => services.classes.all();

export async function loadClass(services: Services, id: string): Promise<LoadedClass> {
  const record = await services.classes.get(id);
  if (!record) throw new Error('There is no such class on this device.');
  const checked = validateSpec(record.spec);
  if (!checked.ok) throw new Error(checked.error);
  const made = classroomQuiz(checked.spec, await services.catalog.all());
  if (!made.ok) throw new Error(made.error);
  return { record, spec: checked.spec, quiz: made.quiz };
}

export const shareLink = (spec: ClassroomSpec, origin: string, live?: LiveTarget) => encodeShareLink(spec, `${origin}/take`, live);

/** A student opening a share link: the spec from the fragment, and the same quiz as everyone's. */
export async function openSharedQuiz(services: Services, fragment: string): Promise<{ ok: true; spec: ClassroomSpec; quiz: Quiz; live?: LiveTarget } | { ok: false; error: string }> {
  const decoded = decodeSpec(fragment.replace(/^#/, ''));
  if (!decoded.ok) return decoded;
  const made = classroomQuiz(decoded.spec, await services.catalog.all());
  return made.ok ? { ok: true, spec: decoded.spec, quiz: made.quiz, ...(decoded.live ? { live: decoded.live } : {}) } : made;
}

export interface CodeOutcome {
  code: string;
  ok: boolean;
  message: string;
}

/**
 * Adds the result codes found in `text` (one per line, or separated by spaces or commas). Every code
 * is checked first; the good ones are stored in one write, the bad ones are reported and change nothing.
 */
export function addResultCodes(services: Services, loaded: LoadedClass, text: string, live?: LiveStudents): Promise<CodeOutcome[]> {
  // One at a time per class, each on the stored list: results arriving live and codes typed meanwhile must not overwrite each other.
  const previous = writing.get(loaded.record.id) ?? Promise.resolve();
  const next = previous.then(() => addCodesNow(services, loaded, text, live));
  writing.set(loaded.record.id, next.catch(() => undefined));
  return next;
}

/** The students of a live class heard from so far, by student key: whether their result arrived or they are still answering. */
export type LiveStudents = ReadonlyMap<string, 'result' | 'answering'>;

const writing = new Map<string, Promise<unknown>>();

async function addCodesNow(services: Services, loaded: LoadedClass, text: string, live?: LiveStudents): Promise<CodeOutcome[]> {
  const codes = text.split(/[\s,;]+/).map((c) => c.trim()).filter((c) => c.replace(/-/g, '').length > 0);
  const stored = (await services.classes.get(loaded.record.id)) ?? loaded.record;
  let students: ClassStudentRecord[] = [...stored.students];
  const outcomes: CodeOutcome[] = [];
  for (const code of codes) {
    const decoded = decodeResultCode(code, loaded.quiz);
    if (!decoded.ok) { outcomes.push({ code, ok: false, message: decoded.error }); continue; }
    const heard = decoded.studentKey === undefined ? undefined : live?.get(decoded.studentKey);
    const added = addStudent(students, { name: decoded.name, code: decoded.code, responses: decoded.responses, addedAt: services.clock.now() });
    if (!added.ok) {
      const message = added.reason !== 'already-entered' && added.reason !== 'same-student' ? added.error
        : heard === 'result' ? `${decoded.name} is already counted live: their device sent this result.` : added.error;
      outcomes.push({ code, ok: false, message });
      continue;
    }
    students = added.students;
    outcomes.push({ code, ok: true, message: heard ? `Added ${decoded.name}, who was answering live: counted once.` : `Added ${decoded.name}.` });
  }
  loaded.record = { ...stored, students };
  if (students.length > stored.students.length) await services.classes.save(loaded.record);
  return outcomes;
}

export function classSummary(loaded: LoadedClass): ClassSummary {
  return summariseClass(loaded.quiz, loaded.record.students);
}
