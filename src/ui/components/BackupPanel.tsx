/**
 * Backup and restore: "Download a backup" saves every store as one signed JSON file; "Restore from
 * a file" checks a file completely, sums it up, and only writes when the learner chooses to replace
 * or merge. Progress goes to a status line, refusals and failures to an alert.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  checkBackupFile, exportBackup, lastBackupTime, replaceLoss, restoreBackup,
  type BackupCheck, type BackupCounts, type ReplaceLoss, type RestoreMode, type RestoreReport,
} from '../../app/backup';
import { loadSettings } from '../../app/settings';
import { explainError } from '../../app/storage-errors';
import type { BackupSummary } from '../../domain/backup/summary';
import { useServices } from '../services-context';
import { applyTheme } from '../theme';
import { downloadFile } from '../download';

type Checked = Extract<BackupCheck, { ok: true }>;
type Refused = Extract<BackupCheck, { ok: false }>;

type Stage =
  | { step: 'idle' }
  | { step: 'busy'; message: string }
  | { step: 'downloaded'; fileName: string; counts: BackupCounts }
  /** `confirm`: "replace" was chosen and would delete what is here; the learner is asked first. */
  | { step: 'checked'; fileName: string; check: Checked; confirm?: ReplaceLoss }
  | { step: 'refused'; fileName: string; check: Refused }
  | { step: 'restored'; report: RestoreReport }
  | { step: 'failed'; message: string };

const when = (time: number) => new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const errorText = (e: unknown) => explainError(e).message;

/** `onRestored`: a restore may have added or removed imported decks, so lists on the page re-read. */
export function BackupPanel({ onRestored }: { onRestored?: () => void }) {
  const services = useServices();
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const [lastBackup, setLastBackup] = useState<number>();
  const fileInput = useRef<HTMLInputElement>(null);
  const summaryTitle = useRef<HTMLHeadingElement>(null);
  const keepHere = useRef<HTMLButtonElement>(null);

  const refreshLastBackup = () => lastBackupTime(services).then(setLastBackup, () => undefined);
  useEffect(() => {
    void refreshLastBackup();
    // Today's reminder links to /library#backup; a pushed URL does not scroll by itself.
    if (location.hash === '#backup') document.getElementById('backup')?.scrollIntoView();
  }, []);
  // Keyboard and screen-reader users land on the summary once the file is checked, and back on the
  // file input once the summary's buttons are gone.
  const refocusInput = useRef(false);
  useEffect(() => {
    // The safe answer takes focus, so a stray Enter keeps what is here.
    if (stage.step === 'checked' && stage.confirm) keepHere.current?.focus();
    else if (stage.step === 'checked') summaryTitle.current?.focus();
    else if (refocusInput.current && stage.step !== 'busy') {
      refocusInput.current = false;
      fileInput.current?.focus();
    }
  }, [stage]);

  // Controls stay enabled (disabling the focused one would drop keyboard focus); a second press while busy is ignored.
  const busy = stage.step === 'busy';

  const download = async (compress: boolean) => {
    if (busy) return;
    setStage({ step: 'busy', message: 'Preparing the backup…' });
    try {
      const backup = await exportBackup(services, { compress });
      downloadFile(backup.fileName, backup.blob);
      setStage({ step: 'downloaded', fileName: backup.fileName, counts: backup.counts });
      void refreshLastBackup();
    } catch (e) {
      setStage({ step: 'failed', message: `The backup could not be made: ${errorText(e)}` });
    }
  };

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file || busy) return;
    setStage({ step: 'busy', message: `Checking ${file.name}…` });
    try {
      const check = await checkBackupFile(services, file);
      setStage(check.ok ? { step: 'checked', fileName: file.name, check } : { step: 'refused', fileName: file.name, check });
    } catch (e) {
      setStage({ step: 'failed', message: `${file.name} could not be read: ${errorText(e)}` });
    }
    // So that choosing the same file again (after fixing it, say) is noticed.
    input.value = '';
  };

  const restore = async (check: Checked, mode: RestoreMode) => {
    refocusInput.current = true;
    setStage({ step: 'busy', message: mode === 'replace' ? 'Replacing everything here…' : 'Merging…' });
    try {
      setStage({ step: 'restored', report: await restoreBackup(services, check.file, mode) });
      // "replace" brings the backup's preferences, its theme among them.
      if (mode === 'replace') loadSettings(services).then((settings) => applyTheme(settings.theme), () => undefined);
      void refreshLastBackup();
      onRestored?.();
    } catch (e) {
      setStage({ step: 'failed', message: `Restoring failed, and nothing here was changed: ${errorText(e)}` });
    }
  };

  /** "Replace": straight away when nothing here would be lost, else after a confirmation that says what would. */
  const askReplace = async (checked: Extract<Stage, { step: 'checked' }>) => {
    try {
      const loss = await replaceLoss(services);
      if (Object.values(loss).every((n) => n === 0)) await restore(checked.check, 'replace');
      else setStage({ ...checked, confirm: loss });
    } catch (e) {
      setStage({ step: 'failed', message: `Nothing was restored: ${errorText(e)}` });
    }
  };

  const cancel = () => {
    refocusInput.current = true;
    setStage({ step: 'idle' });
  };

  return (
    <section class="backup" aria-labelledby="backup">
      <h2 id="backup">Backup</h2>
      <p>
        Your ratings, card schedules, quiz results, imported decks, class results and settings are kept only in this browser.
        Download a backup now and then and keep it somewhere safe; restore it here or on another device.
      </p>
      <p class="muted" data-testid="last-backup">
        {lastBackup !== undefined ? `Last backup: ${when(lastBackup)}.` : 'No backup has been made on this device yet.'}
      </p>
      <p>
        <button type="button" class="button primary" onClick={() => void download(false)}>Download a backup</button>{' '}
        <button type="button" class="button" onClick={() => void download(true)}>Download it compressed (.gz)</button>
      </p>

      <label for="backup-file">Restore from a file</label>
      <input
        id="backup-file" ref={fileInput} type="file" accept="application/json,.json,application/gzip,.gz"
        aria-describedby="backup-file-help" onChange={(e) => void choose(e.currentTarget)}
      />
      <p id="backup-file-help" class="help">
        A Faultlines backup (.json, or compressed .json.gz). It is checked in full first; nothing changes until you choose how to restore it.
      </p>

      {stage.step === 'checked' ? (
        <div class="backup-summary" role="group" aria-labelledby="backup-summary-title">
          <h3 id="backup-summary-title" tabIndex={-1} ref={summaryTitle}>In {stage.fileName}</h3>
          <SummaryFacts summary={stage.check.summary} />
          <p data-testid="backup-comparison">{comparison(stage.check.summary)}</p>
          {stage.check.summary.recomputed ? (
            <p data-testid="backup-recomputed">
              The schedule stored for {count(stage.check.summary.recomputed, 'card')} does not follow from {stage.check.summary.recomputed === 1 ? 'its' : 'their'} ratings;
              restoring reschedules {stage.check.summary.recomputed === 1 ? 'it' : 'them'} from the ratings themselves.
            </p>
          ) : null}
          <ul class="help">
            <li><strong>Replace</strong> deletes everything here and puts the backup in its place, settings included.</li>
            <li><strong>Merge</strong> keeps the ratings and quiz results of both, reschedules cards rated in both places from all their ratings, and keeps the settings here.</li>
          </ul>
          {stage.confirm ? (
            <div class="confirm" role="group" aria-labelledby="replace-question">
              <p id="replace-question" data-testid="replace-question">{lossText(stage.confirm)}</p>
              <p class="actions">
                <button type="button" class="button danger" onClick={() => void restore(stage.check, 'replace')}>Delete and replace</button>
                <button ref={keepHere} type="button" class="button" onClick={() => setStage({ ...stage, confirm: undefined })}>Keep what is here</button>
              </p>
            </div>
          ) : (
            <p class="actions">
              <button type="button" class="button" onClick={() => void askReplace(stage)}>Replace everything here</button>
              <button type="button" class="button primary" onClick={() => void restore(stage.check, 'merge')}>Merge with what is here</button>
              <button type="button" class="button subtle" onClick={cancel}>Cancel</button>
            </p>
          )}
        </div>
      ) : null}

      {stage.step === 'refused' ? (
        <div class="notice error" role="alert" data-testid="backup-error">
          <p><span aria-hidden="true">⚠ </span><strong>{stage.fileName} was not restored.</strong> {stage.check.reason} Nothing here was changed.</p>
          {stage.check.problems.length ? <ul class="backup-problems">{stage.check.problems.map((p, i) => <li key={i}>{p}</li>)}</ul> : null}
        </div>
      ) : null}
      {stage.step === 'failed' ? (
        <div class="notice error" role="alert" data-testid="backup-error"><span aria-hidden="true">⚠ </span>{stage.message}</div>
      ) : null}

      <p role="status" data-testid="backup-status">{statusText(stage)}</p>
    </section>
  );
}

function SummaryFacts({ summary }: { summary: BackupSummary }) {
  return (
    <dl class="facts">
      <div><dt>Made</dt><dd>{when(summary.exportedAt)}</dd></div>
      <div><dt>Ratings</dt><dd data-testid="backup-reviews">{summary.reviews}</dd></div>
      <div><dt>Cards studied</dt><dd>{summary.cards}</dd></div>
      <div><dt>Quiz results</dt><dd>{summary.quizResults}</dd></div>
      {summary.importedDecks > 0 ? <div><dt>Imported decks</dt><dd>{summary.importedDecks}</dd></div> : null}
      {summary.classSessions > 0 ? <div><dt>Class sessions</dt><dd>{summary.classSessions}</dd></div> : null}
    </dl>
  );
}

function comparison({ comparison: c, newestInFile, newestHere }: BackupSummary): string {
  if (c === 'nothing-here') return 'There are no ratings here yet, so nothing here would be lost.';
  if (c === 'nothing-in-file') return 'The backup holds no ratings, but this device has some: replacing would delete them.';
  if (newestInFile === undefined || newestHere === undefined) return 'Neither the backup nor this device has any ratings yet.';
  if (c === 'same') return `Its newest rating is the same as the newest here (${when(newestHere)}).`;
  if (c === 'newer') return `It is newer than what is here: its newest rating is from ${when(newestInFile)}, the newest here from ${when(newestHere)}.`;
  return `It is older than what is here: its newest rating is from ${when(newestInFile)}, the newest here from ${when(newestHere)}. Replacing would lose the ratings made here since.`;
}

/** What "replace" deletes here, named and counted, as "Reset all progress" says it. */
function lossText(loss: ReplaceLoss): string {
  const kinds = [
    count(loss.reviews, 'rating'),
    `the schedule of ${count(loss.cards, 'card')}`,
    count(loss.quizResults, 'quiz result'),
    ...(loss.importedDecks ? [count(loss.importedDecks, 'imported deck')] : []),
    ...(loss.classSessions ? [count(loss.classSessions, 'class session')] : []),
  ];
  const list = `${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1)}`;
  return `Replacing deletes ${list} on this device, and your settings here give way to the backup's. `
    + 'It cannot be undone — download a backup of this device first if you may want them back.';
}

function statusText(stage: Stage): string {
  switch (stage.step) {
    case 'busy': return stage.message;
    case 'downloaded': {
      const { reviews, cards, quizResults } = stage.counts;
      return `Backup downloaded as ${stage.fileName}: ${count(reviews, 'rating')}, ${count(cards, 'card')}, ${count(quizResults, 'quiz result')}.`;
    }
    case 'checked': return `${stage.fileName} is a complete, intact backup. Choose how to restore it.`;
    case 'restored': {
      const r = stage.report;
      return r.mode === 'replace'
        ? `Restored. This device now holds the backup: ${count(r.reviews, 'rating')}, ${count(r.cards, 'card')}, ${count(r.quizResults, 'quiz result')}.`
        : `Merged. Added ${count(r.addedReviews, 'rating')} and ${count(r.addedQuizResults, 'quiz result')}; rescheduled ${count(r.rebuiltCards, 'card')} rated in both places. This device now has ${count(r.reviews, 'rating')}.`;
    }
    default: return '';
  }
}
