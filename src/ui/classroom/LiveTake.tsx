import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browserStore, createLiveSender, studentKeyFor, type LiveSender, type LiveSendStatus } from '../../app/live/student';
import { answerDoc, quizTag, resultDoc, type LiveTarget } from '../../domain/classroom';
import type { Quiz, QuizResponse } from '../../domain/quiz';

export interface LiveStudent {
  key: string;
  status: LiveSendStatus;
  /** Sends the result (its code) once the quiz is finished. */
  sendResult(code: string): void;
}

/**
 * A student's device in a live class: each answer is posted as it is given (the hook watches the
 * quiz's responses grow), queued when offline. Undefined for a class shared without a server.
 */
export function useLiveStudent(target: LiveTarget | undefined, quiz: Quiz, name: string, responses: readonly (QuizResponse | null)[] | undefined): LiveStudent | undefined {
  const store = useMemo(browserStore, []);
  const key = useMemo(() => (target ? studentKeyFor(store, target, quizTag(quiz), name) : undefined), [target?.url, quiz.id, name]);
  const sender = useRef<LiveSender | undefined>(undefined);
  const [status, setStatus] = useState<LiveSendStatus>({ waiting: 0, delivered: 0, refused: 0, reachable: true });
  const sent = useRef(0);
  const resultSent = useRef(false);
  useEffect(() => {
    if (!target) return;
    const s = createLiveSender(target, { store, events: globalThis });
    sender.current = s;
    const off = s.subscribe(() => setStatus(s.status()));
    // Whatever an earlier visit left waiting goes now.
    void s.flush();
    return () => { off(); s.close(); sender.current = undefined; };
  }, [target?.url]);
  useEffect(() => {
    const s = sender.current;
    if (!s || !key || !responses) return;
    for (; sent.current < responses.length; sent.current++) {
      void s.send(answerDoc(quiz, key, name, sent.current, responses[sent.current] ?? null));
    }
  }, [responses?.length, key]);
  if (!target || !key) return undefined;
  return {
    key,
    status,
    sendResult(code) {
      if (resultSent.current || !sender.current) return;
      resultSent.current = true;
      void sender.current.send(resultDoc(quiz, key, name, code));
    },
  };
}

/** What the student sees of the live class: in words, and never in the way of the quiz. */
export function LiveTakeStatus({ live, finished }: { live: LiveStudent; finished: boolean }) {
  const { waiting, reachable, delivered } = live.status;
  const text = waiting === 0
    ? (finished ? 'Your answers reached your teacher. Keep your result code in case they ask for it.' : 'Live: your answers go to your teacher as you answer.')
    : reachable
      ? 'Sending your answers to your teacher…'
      : `No connection: what you answered will be sent when this device is back online.${finished ? ' Show your teacher your result code to be sure.' : ''}`;
  return <p class="live-take muted" role="status" data-testid="live-take-status" data-waiting={waiting} data-delivered={delivered}>{text}</p>;
}
