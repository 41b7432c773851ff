import { useState } from 'preact/hooks';
import { classSummary, createClass, listClasses, loadClass } from '../../app/classroom';
import { explainError } from '../../app/storage-errors';
import { classCsv, SPEC_LIMITS } from '../../domain/classroom';
import { Notice } from '../components/Notice';
import { CollectPanel } from '../classroom/CollectPanel';
import { ClassSummaryView } from '../classroom/ClassSummaryView';
import { FollowUpNote, FollowUpPanel } from '../classroom/FollowUp';
import { Handout } from '../classroom/Handout';
import { Present } from '../classroom/Present';
import { SharePanel } from '../classroom/SharePanel';
import { LivePanel, liveStatusText } from '../classroom/LivePanel';
import { LiveCounts } from '../classroom/LiveCounts';
import { useLiveClass } from '../classroom/use-live-class';
import { Link, navigate } from '../router';
import { useServices } from '../services-context';
import { useAsync } from '../use-async';
import { newSeed } from '../../app/seed';
import { downloadFile } from '../download';
import { count as countOf } from '../../domain/words';

const SECONDS = [10, 20, 30, 45, 60, 90, 120];

/** Class quizzes on this device, and a form to make a new one. */
export function ClassroomHome() {
  const services = useServices();
  const { summaries } = services.catalog;
  const [title, setTitle] = useState('');
  const [decks, setDecks] = useState<string[]>(summaries.filter((s) => s.topic !== 'custom').map((s) => s.id));
  const [count, setCount] = useState(10);
  const [seconds, setSeconds] = useState(30);
  const [error, setError] = useState<string>();
  const classes = useAsync(() => listClasses(services), []);
  const create = async (e: Event) => {
    e.preventDefault();
    try {
      navigate(`/classroom/${await createClass(services, { title, deckIds: decks, count, secondsPerQuestion: seconds }, newSeed())}`);
    } catch (err) {
      setError(explainError(err).message);
    }
  };
  return (
    <>
      <h1>Classroom</h1>
      <p>Run a quiz for a class with no server and no Wi-Fi: present it on a projector, or share it as a link or QR code; students' phones give back a short result code.</p>
      <form class="settings" onSubmit={(e) => void create(e)}>
        <label for="class-title">Title</label>
        <input id="class-title" type="text" value={title} maxLength={SPEC_LIMITS.title} placeholder="Class quiz" onInput={(e) => setTitle(e.currentTarget.value)} />
        <fieldset>
          <legend>Decks</legend>
          {summaries.map((s) => (
            <label key={s.id} class="radio">
              <input type="checkbox" checked={decks.includes(s.id)} onChange={(e) => setDecks((d) => (e.currentTarget.checked ? [...d, s.id] : d.filter((x) => x !== s.id)))} />
              {s.title}
            </label>
          ))}
        </fieldset>
        <label for="class-count">Questions</label>
        <select id="class-count" value={String(count)} onChange={(e) => setCount(Number(e.currentTarget.value))}>
          {[5, 10, 15, 20, 30].map((n) => <option key={n} value={String(n)}>{n}</option>)}
        </select>
        <label for="class-seconds">Time per question</label>
        <select id="class-seconds" value={String(seconds)} onChange={(e) => setSeconds(Number(e.currentTarget.value))}>
          {SECONDS.map((n) => <option key={n} value={String(n)}>{n} seconds</option>)}
        </select>
        {error ? <Notice kind="error">{error}</Notice> : null}
        <p><button type="submit" class="button primary big" disabled={decks.length === 0}>Create the class quiz</button></p>
      </form>
      <section aria-labelledby="classes-title">
        <h2 id="classes-title">Your class quizzes</h2>
        {classes.status !== 'ready' ? null : classes.value.length === 0 ? <p>None yet.</p> : (
          <ul class="deck-list">
            {classes.value.map((c) => (
              <li key={c.id} class="library-deck">
                <h3><Link href={`/classroom/${c.id}`}>{c.title}</Link></h3>
                <p class="muted">{new Date(c.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })} · {countOf(c.students.length, 'result')}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** One class quiz: share it, present it, collect the results and read the summary. */
export function ClassPage({ id }: { id: string }) {
  const services = useServices();
  const [version, setVersion] = useState(0);
  const loaded = useAsync(() => loadClass(services, id), [id, version]);
  const live = useLiveClass(loaded.status === 'ready' ? loaded.value : undefined, () => setVersion((v) => v + 1));
  if (loaded.status === 'loading') return <p aria-busy="true">Loading the class…</p>;
  if (loaded.status === 'error') return <Notice kind="error">{loaded.message} <Link href="/classroom">Back to Classroom</Link>.</Notice>;
  const c = loaded.value;
  const liveTarget = live.availability?.kind === 'running' ? live.availability.target : undefined;
  const summary = classSummary(c);
  const downloadCsv = () => {
    // The byte-order mark makes Excel read the names as UTF-8.
    const blob = new Blob(['\uFEFF' + classCsv(summary, c.quiz)], { type: 'text/csv;charset=utf-8' });
    downloadFile(`${c.spec.title.replace(/[^\w-]+/g, '-').toLowerCase()}-results.csv`, blob);
  };
  return (
    <>
      <p><Link href="/classroom">← Classroom</Link></p>
      <h1>{c.spec.title}</h1>
      <p class="muted">{c.quiz.questions.length} questions · {c.spec.secondsPerQuestion} seconds each</p>
      <FollowUpNote loaded={c} />
      <p><Link class="button primary big" href={`/classroom/${id}/present`}>Present on a projector</Link></p>
      <LivePanel loaded={c} live={live} />
      <SharePanel spec={c.spec} classId={id} live={liveTarget} />
      <CollectPanel loaded={c} onAdded={() => setVersion((v) => v + 1)} liveStudents={live.students} />
      <ClassSummaryView summary={summary} onCsv={downloadCsv} />
      <FollowUpPanel loaded={c} />
    </>
  );
}

export function PresentPage({ id }: { id: string }) {
  const services = useServices();
  const loaded = useAsync(() => loadClass(services, id), [id]);
  const live = useLiveClass(loaded.status === 'ready' ? loaded.value : undefined);
  if (loaded.status === 'loading') return <p aria-busy="true">Loading the class…</p>;
  if (loaded.status === 'error') return <Notice kind="error">{loaded.message}</Notice>;
  const { quiz } = loaded.value;
  const counts = live.tally ? (index: number, revealed: boolean) => {
    const q = quiz.questions[index];
    const t = live.tally?.perQuestion[index];
    if (live.feed?.status.state === 'unreachable') return <p class="present-help" role="status">{liveStatusText(live, quiz.questions.length)}</p>;
    return q && t ? <LiveCounts question={q} tally={t} students={live.tally!.students} revealed={revealed} /> : null;
  } : undefined;
  return <Present quiz={quiz} title={loaded.value.spec.title} seconds={loaded.value.spec.secondsPerQuestion} onLeave={() => navigate(`/classroom/${id}`)} live={counts} />;
}

/** A printable handout: the questions on one page, the answer key on the next. */
export function HandoutPage({ id }: { id: string }) {
  const services = useServices();
  const loaded = useAsync(() => loadClass(services, id), [id]);
  if (loaded.status === 'loading') return <p aria-busy="true">Loading the class…</p>;
  if (loaded.status === 'error') return <Notice kind="error">{loaded.message}</Notice>;
  return <Handout quiz={loaded.value.quiz} title={loaded.value.spec.title} backHref={`/classroom/${id}`} />;
}
