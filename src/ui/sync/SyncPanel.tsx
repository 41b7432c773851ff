/**
 * Settings → Sync: set up a CouchDB to sync through, see how it stands (last synced, changes
 * waiting, the last problem in words, documents refused), sync now, or stop. A chunk of its own,
 * loaded with the Settings screen; sync's code comes with it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { perUserDatabase } from '../../domain/sync/config';
import { startSyncing, stopSync, subscribeToSync, syncAgain, syncStatus, type SetUpResult, type SyncForm, type SyncStatus } from '../../app/sync';
import { useServices } from '../services-context';
import { count } from '../../domain/words';
import './sync.css';

export function SyncPanel() {
  const services = useServices();
  const [status, setStatus] = useState<SyncStatus>();
  const [stopped, setStopped] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    const refresh = () => syncStatus(services).then((s) => { if (live) setStatus(s); }, () => { if (live) setFailed(true); });
    void refresh();
    const unsubscribe = subscribeToSync(() => void refresh());
    return () => { live = false; unsubscribe(); };
  }, []);

  return (
    <section aria-labelledby="sync-title">
      <h2 id="sync-title">Sync</h2>
      {failed ? <p role="alert">The state of sync could not be read from this device's storage.</p>
        : !status ? <p aria-busy="true">Loading…</p>
          : status.configured ? (
            <SyncState
              status={status}
              onSync={() => void syncAgain(services)}
              onStop={async () => { await stopSync(services); setStopped(true); }}
            />
          ) : <SetUp stopped={stopped} onStart={(form) => startSyncing(services, form)} />}
    </section>
  );
}

const FIELD_IDS: Record<keyof SyncForm, string> = {
  server: 'sync-server', user: 'sync-user', password: 'sync-password', database: 'sync-database', perUser: 'sync-per-user',
};

function SetUp({ stopped, onStart }: { stopped: boolean; onStart: (form: SyncForm) => Promise<SetUpResult> }) {
  const [form, setForm] = useState<SyncForm>({ server: '', user: '', password: '', database: '', perUser: true });
  const [error, setError] = useState<{ text: string; field?: keyof SyncForm }>();
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const set = (changes: Partial<SyncForm>) => setForm({ ...form, ...changes });
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const result = await onStart(form).catch((): SetUpResult => ({ ok: false, error: 'Sync could not be set up: this device\'s storage did not answer. Nothing was changed.' }));
    setBusy(false);
    if (!result.ok) {
      setError({ text: result.error, ...(result.field ? { field: result.field } : {}) });
      // Focus goes to the field to fix, or to the message when no field is at fault.
      setTimeout(() => (result.field ? document.getElementById(FIELD_IDS[result.field]) : errorRef.current)?.focus());
    }
  };
  const invalid = (field: keyof SyncForm) => (error?.field === field ? { 'aria-invalid': true, 'aria-describedby': 'sync-error' } : {});
  return (
    <>
      {stopped ? <p role="status">Sync is off. Everything you learnt stays on this device; the server was not changed.</p> : null}
      <p class="help">
        Optional: keep your progress in step on all your devices through a CouchDB server you choose. Nothing leaves this
        device until you start, and your password stays on it.
      </p>
      <form class="settings sync-form" onSubmit={(e) => void submit(e)} noValidate>
        <label for="sync-server">Server address</label>
        <input id="sync-server" type="url" inputMode="url" autoComplete="url" placeholder="https://couch.example.org" value={form.server}
          onInput={(e) => set({ server: e.currentTarget.value })} {...invalid('server')} />
        <label for="sync-user">User name</label>
        <input id="sync-user" type="text" autoComplete="username" autoCapitalize="none" spellcheck={false} value={form.user}
          onInput={(e) => set({ user: e.currentTarget.value })} {...invalid('user')} />
        <label for="sync-password">Password</label>
        <input id="sync-password" type="password" autoComplete="current-password" value={form.password}
          onInput={(e) => set({ password: e.currentTarget.value })} {...invalid('password')} />
        <label class="radio" for="sync-per-user">
          <input id="sync-per-user" type="checkbox" checked={form.perUser} onChange={(e) => set({ perUser: e.currentTarget.checked })} />
          My own database, as the server's couch_peruser creates it
        </label>
        {form.perUser ? (
          <p class="help" id="sync-database-help">{form.user.trim() ? `Your database: ${perUserDatabase(form.user.trim())}` : 'Its name follows from your user name.'}</p>
        ) : (
          <>
            <label for="sync-database">Database</label>
            <input id="sync-database" type="text" autoCapitalize="none" spellcheck={false} value={form.database}
              onInput={(e) => set({ database: e.currentTarget.value })} {...invalid('database')} />
          </>
        )}
        {error ? <p id="sync-error" class="sync-error" role="alert" tabIndex={-1} ref={errorRef}>{error.text}</p> : null}
        <p class="actions">
          <button type="submit" class="button primary" disabled={busy}>{busy ? 'Checking the server…' : 'Start syncing'}</button>
        </p>
      </form>
    </>
  );
}

function SyncState({ status, onSync, onStop }: { status: Extract<SyncStatus, { configured: true }>; onSync: () => void; onStop: () => void }) {
  const waiting = status.waiting === 0 ? 'Nothing: the server has everything from here.' : `${count(status.waiting, 'change')} made here`;
  return (
    <>
      <dl class="facts" data-testid="sync-status">
        <div><dt>Server</dt><dd>{status.server}</dd></div>
        <div><dt>Database</dt><dd>{status.database}</dd></div>
        <div><dt>User</dt><dd>{status.user}</dd></div>
        <div><dt>Last synced</dt><dd data-testid="sync-last" data-synced-at={status.lastSyncedAt}>{status.lastSyncedAt === undefined ? 'Not yet' : new Date(status.lastSyncedAt).toLocaleString()}</dd></div>
        <div><dt>Waiting</dt><dd data-testid="sync-waiting">{waiting}</dd></div>
        {status.lastError ? <div><dt>Last problem</dt><dd data-testid="sync-error">{status.lastError}</dd></div> : null}
      </dl>
      <p role="status" data-testid="sync-running" data-running={String(status.running)}>{status.running ? 'Syncing…' : status.lastError ? 'The last sync did not finish.' : status.lastSyncedAt ? 'In step with the server.' : ''}</p>
      {status.refused.length ? (
        <div class="sync-refused" data-testid="sync-refused">
          <p>The server sent {status.refused.length === 1 ? 'a document' : `${status.refused.length} documents`} that Faultlines refused, which changed nothing here:</p>
          <ul>{status.refused.map((r) => <li key={r.id}><code>{r.id}</code>: {r.reason}</li>)}</ul>
        </div>
      ) : null}
      <p class="actions">
        <button type="button" class="button primary" onClick={onSync} disabled={status.running}>Sync now</button>
        <button type="button" class="button" onClick={onStop}>Stop syncing</button>
      </p>
      <p class="help">"Stop syncing" forgets the server and your password on this device. Your progress stays here, and nothing is deleted on the server.</p>
    </>
  );
}
