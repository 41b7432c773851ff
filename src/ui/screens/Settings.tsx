import { useEffect, useRef, useState } from 'preact/hooks';
import { ATTEMPTS, explainError, type Explanation } from '../../app/storage-errors';
import { storageStatus, type StorageStatus } from '../../app/storage-status';
import { NEW_PER_DAY_RANGE, RETENTION_RANGE, REVIEWS_PER_DAY_RANGE, type Settings as SettingsValues, type Theme } from '../../domain/settings';
import { loadSettings, progressExtent, resetAllProgress, saveSettings } from '../../app/settings';
import { ProblemNotice } from '../components/ProblemNotice';
import { lazyScreen } from '../lazy';
import { useServices } from '../services-context';
import { applyTheme } from '../theme';
import { count } from '../../domain/words';

type Control = 'retention' | 'new-per-day' | 'reviews-per-day' | 'theme';

// Sync's panel, and sync's code with it, load only when Settings is open.
const SyncPanel = lazyScreen(() => import('../sync/SyncPanel').then((m) => m.SyncPanel));

export function Settings() {
  const services = useServices();
  const [settings, setSettings] = useState<SettingsValues>();
  const [storage, setStorage] = useState<StorageStatus>();
  const [loadFailed, setLoadFailed] = useState<Explanation>();
  // A change that could not be stored: which control, and why. The controls keep showing `settings`,
  // which holds only what was stored.
  const [failed, setFailed] = useState<{ control: Control; problem: Explanation }>();
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    loadSettings(services).then(setSettings, (e: unknown) => setLoadFailed(explainError(e)));
    storageStatus(services).then(setStorage, () => setStorage(undefined));
  }, []);

  const save = async (control: Control, changes: Partial<SettingsValues>) => {
    try {
      const next = await saveSettings(services, changes);
      setSettings(next);
      applyTheme(next.theme);
      setFailed(undefined);
      setSaved(true);
    } catch (e) {
      setSaved(false);
      setFailed({ control, problem: explainError(e, ATTEMPTS.setting) });
      // A fresh object: the inputs render again and drop what the learner typed for the stored value.
      setSettings((s) => (s ? { ...s } : s));
    }
  };
  const problemAt = (control: Control) =>
    failed?.control === control ? <ProblemNotice problem={failed.problem} testId="setting-problem" /> : null;

  if (loadFailed) return <><h1>Settings</h1><ProblemNotice problem={loadFailed} context="Could not read your settings" /></>;
  if (!settings) return <p aria-busy="true">Loading settings…</p>;
  return (
    <>
      <h1>Settings</h1>
      <form class="settings" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>Scheduling</legend>
          <label for="retention">Desired retention: {Math.round(settings.desiredRetention * 100)}%</label>
          <input
            id="retention" type="range" step="0.01"
            min={RETENTION_RANGE.min} max={RETENTION_RANGE.max} value={settings.desiredRetention}
            aria-describedby="retention-help"
            onChange={(e) => void save('retention', { desiredRetention: Number(e.currentTarget.value) })}
          />
          <p id="retention-help" class="help">
            The chance you still remember a card when it comes back. Higher means more reviews per day;
            going from 90% to 95% roughly doubles the workload.
          </p>
          {problemAt('retention')}
          <label for="new-per-day">New cards per day</label>
          <input
            id="new-per-day" type="number" inputMode="numeric"
            min={NEW_PER_DAY_RANGE.min} max={NEW_PER_DAY_RANGE.max} value={settings.newCardsPerDay}
            onChange={(e) => void save('new-per-day', { newCardsPerDay: Number(e.currentTarget.value) })}
          />
          {problemAt('new-per-day')}
          <label for="reviews-per-day">Maximum reviews per day</label>
          <input
            id="reviews-per-day" type="number" inputMode="numeric" aria-describedby="reviews-help"
            min={REVIEWS_PER_DAY_RANGE.min} max={REVIEWS_PER_DAY_RANGE.max} value={settings.maxReviewsPerDay}
            onChange={(e) => void save('reviews-per-day', { maxReviewsPerDay: Number(e.currentTarget.value) })}
          />
          {problemAt('reviews-per-day')}
          <p id="reviews-help" class="help">Cards past this number wait until tomorrow. Cards you are still learning are always shown.</p>
        </fieldset>
        <fieldset>
          <legend>Theme</legend>
          {(['system', 'light', 'dark'] as Theme[]).map((theme) => (
            <label key={theme} class="radio">
              <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => void save('theme', { theme })} />
              {theme === 'system' ? 'Same as the device' : theme === 'light' ? 'Light' : 'Dark'}
            </label>
          ))}
          {problemAt('theme')}
        </fieldset>
      </form>
      <p class="visually-hidden" role="status">{saved ? 'Settings saved.' : ''}</p>
      <SyncPanel />
      <section aria-labelledby="storage-title">
        <h2 id="storage-title">Storage</h2>
        <StorageReport status={storage} />
      </section>
      <ResetProgress />
    </>
  );
}

/** "Reset all progress", behind a confirmation that says exactly what goes. */
function ResetProgress() {
  const services = useServices();
  const [counts, setCounts] = useState<{ reviews: number; cards: number }>();
  const [done, setDone] = useState(false);
  const [failed, setFailed] = useState<Explanation>();
  const keep = useRef<HTMLButtonElement>(null);
  // The safe answer takes focus, so a stray Enter keeps the progress.
  useEffect(() => { if (counts) keep.current?.focus(); }, [counts]);
  const ask = async () => {
    try {
      setCounts(await progressExtent(services));
      setDone(false);
      setFailed(undefined);
    } catch (e) {
      setFailed(explainError(e));
    }
  };
  const reset = async () => {
    try {
      await resetAllProgress(services);
      setCounts(undefined);
      setDone(true);
      setFailed(undefined);
    } catch (e) {
      setFailed(explainError(e, ATTEMPTS.reset));
    }
  };
  return (
    <section aria-labelledby="reset-title">
      <h2 id="reset-title">Reset</h2>
      {counts ? (
        <div class="confirm" role="group" aria-labelledby="reset-question">
          <p id="reset-question">
            This deletes {count(counts.reviews, 'rating')}, the schedule of {count(counts.cards, 'card')},
            your streak and every quiz result on this device. Your settings stay. It cannot be undone — download a backup first if you may want them back.
          </p>
          <p class="actions">
            <button type="button" class="button danger" onClick={() => void reset()}>Delete all progress</button>
            <button ref={keep} type="button" class="button" onClick={() => setCounts(undefined)}>Keep my progress</button>
          </p>
        </div>
      ) : (
        <button type="button" class="button" onClick={() => void ask()}>Reset all progress…</button>
      )}
      {failed ? <ProblemNotice problem={failed} context="Your progress was not deleted" /> : null}
      {done ? <p role="status">All progress was deleted.</p> : null}
    </section>
  );
}

function StorageReport({ status }: { status: StorageStatus | undefined }) {
  if (!status) return <p>This browser does not report its storage.</p>;
  const persisted = status.persisted === undefined
    ? 'This browser cannot say whether your progress is kept safe from automatic clean-up.'
    : status.persisted
      ? 'Persistent: the browser will not clear your progress to free space.'
      : status.requestedAt === undefined
        ? 'Not yet persistent: the app asks the browser after your first rating.'
        : 'Not persistent: the browser declined, so it may clear your progress when space runs low. Installing the app usually helps; keep a backup.';
  return (
    <dl class="facts">
      <div><dt>Progress</dt><dd data-testid="persisted">{persisted}</dd></div>
      <div><dt>Used</dt><dd data-testid="storage-used">{formatBytes(status.usedBytes)}{status.quotaBytes ? ` of ${formatBytes(status.quotaBytes)} available` : ''}</dd></div>
    </dl>
  );
}

function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return 'unknown';
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}
