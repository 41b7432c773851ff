import { useState } from 'preact/hooks';
import type { LoadedClass } from '../../app/classroom';
import { createFollowUp, followUpLinkOf, followUpsOf, planFollowUp } from '../../app/follow-up';
import { newSeed } from '../../app/seed';
import { explainError } from '../../app/storage-errors';
import { FOLLOW_UP, followUpDays } from '../../domain/classroom';
import { Notice } from '../components/Notice';
import { Link, navigate } from '../router';
import { useServices } from '../services-context';
import { useAsync } from '../use-async';

/** A calendar day (YYYY-MM-DD) in the reader's own words, e.g. "Wednesday, 9 December 2026". */
function Day({ day }: { day: string }) {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return <time dateTime={day}>{new Date(y, m - 1, d).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}</time>;
}

const Days = ({ days }: { days: string[] }) => <><Day day={days[0]!} /> and <Day day={days[1]!} /></>;

/** On a follow-up's own page: which class it follows up, and when to give it. */
export function FollowUpNote({ loaded }: { loaded: LoadedClass }) {
  const link = followUpLinkOf(loaded.record);
  if (!link) return null;
  return (
    <p class="notice info" data-testid="follow-up-of">
      A follow-up of <Link href={`/classroom/${link.of}`}>{link.ofTitle}</Link>: its most-missed questions, to give on{' '}
      <Days days={followUpDays(link.classDay)} /> (one week and three weeks after the class).
    </p>
  );
}

/**
 * Under a class summary: the follow-up quiz made of this class, or what one would ask and a button
 * to make it. The follow-up is a class quiz of its own, shared and collected the same way.
 */
export function FollowUpPanel({ loaded }: { loaded: LoadedClass }) {
  const services = useServices();
  const existing = useAsync(() => followUpsOf(services, loaded.record.id), [loaded.record.id]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (loaded.record.students.length === 0 || existing.status === 'loading') return null;
  const made = existing.status === 'ready' ? existing.value : [];
  const make = async () => {
    setBusy(true);
    setError(undefined);
    try {
      navigate(`/classroom/${await createFollowUp(services, loaded, newSeed())}`);
    } catch (err) {
      setError(explainError(err).message);
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="follow-up-title" class="panel" data-testid="follow-up">
      <h2 id="follow-up-title">Follow-up quiz</h2>
      {made.length > 0 ? (
        <ul class="deck-list">
          {made.map((f) => (
            <li key={f.id} class="library-deck">
              <h3><Link href={`/classroom/${f.id}`}>{f.title}</Link></h3>
              <p>Suggested for <Days days={f.days} />. Open it to share it (link or QR code), present it or collect its results.</p>
            </li>
          ))}
        </ul>
      ) : (
        <FollowUpOffer loaded={loaded} busy={busy} onMake={() => void make()} />
      )}
      {error ? <Notice kind="error">{error}</Notice> : null}
    </section>
  );
}

function FollowUpOffer({ loaded, busy, onMake }: { loaded: LoadedClass; busy: boolean; onMake(): void }) {
  const plan = planFollowUp(useServices(), loaded);
  if (plan.questions.length === 0) return <p>This class has no question that can be asked again on its own.</p>;
  const percent = Math.round(FOLLOW_UP.rightBelow * 100);
  return (
    <>
      <p>
        Ask what the class missed most again, one week and three weeks after the class: on <Days days={plan.days} />.
        The follow-up asks again the questions fewer than {percent}% got right, most missed first — at least {FOLLOW_UP.min},
        at most {FOLLOW_UP.max} — with the options in a new order. It is a class quiz of its own, shared by link or QR code like this one.
      </p>
      <ul data-testid="follow-up-questions">
        {plan.questions.map((q) => <li key={q.questionId}><span class="muted">Question {q.number}, {Math.round(q.shareCorrect * 100)}% right:</span> {q.prompt}</li>)}
      </ul>
      <p><button type="button" class="button primary" disabled={busy} onClick={onMake}>Make the follow-up quiz</button></p>
    </>
  );
}
