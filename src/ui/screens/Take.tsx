import { useEffect, useState } from 'preact/hooks';
import { openSharedQuiz } from '../../app/classroom';
import { checkName, encodeResultCode, MAX_NAME, type ClassroomSpec } from '../../domain/classroom';
import type { Quiz } from '../../domain/quiz';
import { count, scoreBand, type ScoreBand } from '../../domain/words';
import { Notice } from '../components/Notice';
import { QrCode } from '../components/QrCode';
import { QuizRunner } from '../quiz/QuizRunner';
import { useQuizRun } from '../quiz/use-quiz';
import { useServices } from '../services-context';
import { useAsync } from '../use-async';
import { LiveTakeStatus, useLiveStudent } from '../classroom/LiveTake';
import type { LiveTarget } from '../../domain/classroom';

/** A student opening a class link: a name, the quiz, then a result code to hand back. */
export function Take() {
  const services = useServices();
  const shared = useAsync(() => openSharedQuiz(services, location.hash), [location.hash]);
  const [name, setName] = useState<string>();
  if (shared.status === 'loading') return <p aria-busy="true">Opening the quiz…</p>;
  if (shared.status === 'error') return <Notice kind="error">{shared.message}</Notice>;
  if (!shared.value.ok) return (
    <>
      <h1>Class quiz</h1>
      <Notice kind="error"><span data-testid="take-error">{shared.value.error}</span></Notice>
    </>
  );
  const { spec, quiz, live } = shared.value;
  return name === undefined ? <NameForm spec={spec} quiz={quiz} onName={setName} /> : <TakeQuiz spec={spec} quiz={quiz} name={name} live={live} />;
}

function NameForm({ spec, quiz, onName }: { spec: ClassroomSpec; quiz: Quiz; onName(name: string): void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const submit = (e: Event) => {
    e.preventDefault();
    const checked = checkName(value);
    if (checked.ok) onName(checked.name);
    else setError(checked.error);
  };
  return (
    <>
      <h1>{spec.title}</h1>
      <p>{count(quiz.questions.length, 'question')}, {count(spec.secondsPerQuestion, 'second')} each. At the end you get a result code to give your teacher.</p>
      <form class="settings" onSubmit={submit}>
        <label for="student-name">Your name or nickname</label>
        <input id="student-name" type="text" maxLength={MAX_NAME} autocomplete="nickname" value={value} aria-describedby={error ? 'name-error' : undefined} onInput={(e) => setValue(e.currentTarget.value)} />
        {error ? <p id="name-error" role="alert">{error}</p> : null}
        <p><button type="submit" class="button primary big">Start</button></p>
      </form>
    </>
  );
}

/** What the end of a class quiz says, true of the score it stands over. */
const DONE_TITLE: Record<ScoreBand, (name: string) => string> = {
  all: (name) => `Every answer right, ${name}!`,
  most: (name) => `Well done, ${name}`,
  'half-or-more': (name) => `Half or more right, ${name}`,
  some: (name) => `Some right, ${name}`,
  none: (name) => `None right this time, ${name}`,
};

function TakeQuiz({ spec, quiz, name, live: target }: { spec: ClassroomSpec; quiz: Quiz; name: string; live?: LiveTarget | undefined }) {
  // A class quiz is practice for the student's own schedule: it measures, it does not reschedule.
  const run = useQuizRun(quiz, true);
  const live = useLiveStudent(target, quiz, name, run.view?.responses);
  const finished = !!run.view?.finished;
  const code = finished && run.view ? encodeResultCode(quiz, name, run.view.responses, live?.key) : undefined;
  useEffect(() => { if (code) live?.sendResult(code); }, [code]);
  if (run.error) return <Notice kind="error">{run.error}</Notice>;
  if (!run.view || !run.controller) return <p aria-busy="true">Preparing the quiz…</p>;
  if (!run.view.finished) return (
    <>
      <h1 class="visually-hidden">{spec.title}</h1>
      <QuizRunner controller={run.controller} view={run.view} secondsPerQuestion={spec.secondsPerQuestion} />
      {live ? <LiveTakeStatus live={live} finished={false} /> : null}
    </>
  );
  if (!code) return null;
  const right = run.view.answers.filter((a) => a.correct).length;
  return (
    <section aria-labelledby="done-title">
      <h1 id="done-title">{DONE_TITLE[scoreBand(right, quiz.questions.length)](name)}</h1>
      <p class="big-figures"><span><strong data-testid="take-score">{right} / {quiz.questions.length}</strong> right</span></p>
      <h2>Your result code</h2>
      <p>Read it out, type it in, or let your teacher scan the QR code.</p>
      <p class="result-code" data-testid="result-code">{code}</p>
      <QrCode value={code} label={`QR code of your result code, ${code}`} size={220} />
      {live ? <LiveTakeStatus live={live} finished /> : null}
    </section>
  );
}
