import { useState } from 'preact/hooks';
import { shareLink } from '../../app/classroom';
import type { ClassroomSpec, LiveTarget } from '../../domain/classroom';
import { QrCode } from '../components/QrCode';
import { Link } from '../router';

/** The link (in the fragment, so no server ever sees the quiz), its QR code, copy, share and a handout. */
export function SharePanel({ spec, classId, live }: { spec: ClassroomSpec; classId: string; live?: LiveTarget | undefined }) {
  const { link, fitsQr } = shareLink(spec, location.origin, live);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try { await navigator.clipboard.writeText(link); setCopied(true); } catch { setCopied(false); }
  };
  const canShare = typeof navigator.share === 'function';
  return (
    <section aria-labelledby="share-title" class="panel">
      <h2 id="share-title">Share with students</h2>
      <p>Students open this link on a device that has opened Faultlines before; it then works without Wi-Fi.</p>
      {live ? <p data-testid="share-live">This link runs the class live: students' answers go to your server as they answer; a device without a network still finishes and shows a result code.</p> : null}
      <label for="share-link">Link</label>
      <input id="share-link" type="text" readOnly value={link} class="share-link" onFocus={(e) => e.currentTarget.select()} />
      <p class="actions">
        <button type="button" class="button" onClick={() => void copy()}>Copy the link</button>
        {canShare ? <button type="button" class="button" onClick={() => void navigator.share({ title: spec.title, url: link }).catch(() => undefined)}>Share…</button> : null}
        <Link class="button" href={`/classroom/${classId}/handout`}>Printable handout</Link>
      </p>
      <p role="status">{copied ? 'Link copied.' : ''}</p>
      {fitsQr ? (
        <QrCode value={link} label={`QR code of the link to ${spec.title}`} size={280} />
      ) : (
        <p class="notice info">This quiz carries your own deck's cards and is too large for a QR code: share the link instead.</p>
      )}
    </section>
  );
}
