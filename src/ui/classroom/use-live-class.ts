import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LoadedClass, LiveStudents } from '../../app/classroom';
import { codeStudentKey, tallyLive, type LiveTally } from '../../domain/classroom';
import { useServices } from '../services-context';

type Teacher = typeof import('../../app/live/teacher');
type Availability = Awaited<ReturnType<Teacher['liveAvailability']>>;
type Feed = ReturnType<Awaited<ReturnType<Teacher['followLive']>>['feed']>;

export interface LiveClass {
  availability: Availability | undefined;
  feed: Feed | undefined;
  tally: LiveTally | undefined;
  /** Live students by key, for the collect panel to recognise a code typed for one of them. */
  students: LiveStudents;
  /** Sets the class up on the server and starts following it. */
  run(): Promise<void>;
  /** Asks the server again after it was unreachable. */
  retry(): void;
  runError: string | undefined;
  running: boolean;
}

/**
 * A class's live side on the teacher's screens: whether it can run live, the feed of documents
 * once it does, and the tally of those with the codes typed by hand. Live results are kept with
 * the class (onResults tells the page to reload it). The live code is a chunk of its own, loaded
 * only here.
 */
export function useLiveClass(loaded: LoadedClass | undefined, onResults?: () => void): LiveClass {
  const services = useServices();
  const [availability, setAvailability] = useState<Availability>();
  const [feed, setFeed] = useState<Feed>();
  const [runError, setRunError] = useState<string>();
  const [running, setRunning] = useState(false);
  const [asked, setAsked] = useState(0);
  const kept = useRef(new Set<string>());
  const id = loaded?.record.id;
  const loadedRef = useRef(loaded);
  loadedRef.current = loaded;

  useEffect(() => {
    if (!id) return;
    let live = true;
    void import('../../app/live/teacher').then((m) => m.liveAvailability(services, id)).then((a) => { if (live) setAvailability(a); });
    return () => { live = false; };
  }, [id, asked]);

  const following = availability?.kind === 'running';
  useEffect(() => {
    const current = loadedRef.current;
    if (!following || !current) return;
    let stop: (() => void) | undefined;
    let live = true;
    void import('../../app/live/teacher').then(async (m) => {
      const follower = await m.followClass(services, current.record.id, current.quiz);
      if (!follower || !live) { follower?.stop(); return; }
      stop = follower.stop;
      follower.subscribe(() => {
        const next = follower.feed();
        setFeed(next);
        const fresh = next.entries.filter((e) => e.kind === 'result' && !kept.current.has(e.id));
        if (fresh.length === 0 || !loadedRef.current) return;
        for (const e of fresh) kept.current.add(e.id);
        void m.keepLiveResults(services, loadedRef.current, fresh).then((added) => { if (added > 0) onResults?.(); });
      });
    });
    return () => { live = false; stop?.(); };
  }, [following, id]);

  const students = loaded?.record.students;
  const tally = useMemo(() => {
    if (!loaded || !feed) return undefined;
    const hand = (students ?? []).map((s) => {
      const studentKey = codeStudentKey(s.code);
      return { name: s.name, code: s.code, responses: s.responses, ...(studentKey ? { studentKey } : {}) };
    });
    return tallyLive(loaded.quiz, feed.entries, hand);
  }, [feed, students, loaded?.quiz]);

  const heard = useMemo(() => {
    const map = new Map<string, 'result' | 'answering'>();
    for (const e of feed?.entries ?? []) if (e.kind === 'result' || !map.has(e.student)) map.set(e.student, e.kind === 'result' ? 'result' : 'answering');
    return map;
  }, [feed]);

  return {
    availability, feed, tally, students: heard, runError, running,
    retry: () => setAsked((n) => n + 1),
    async run() {
      if (!loaded) return;
      setRunning(true);
      setRunError(undefined);
      const m = await import('../../app/live/teacher');
      const result = await m.runLive(services, loaded);
      setRunning(false);
      if (result.ok) setAvailability({ kind: 'running', target: result.target });
      else setRunError(result.error);
    },
  };
}
