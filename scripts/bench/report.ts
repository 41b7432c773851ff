/** BENCHMARKS.md: every figure next to its budget, then the details and how they were taken. */
import { BUDGETS } from './budgets';
import type { BundleReport } from './bundle';
import type { LighthouseRun } from './lighthouse';
import type { Machine } from './machine';
import { QUIZ } from './quiz';
import type { ScaleResult } from './scale';
import { RUNS } from './scale';
import { SHAPE } from './scale/shape';
import { summarise, median, type Summary } from './stats';
import { SYNC_SHAPE, type SyncBenchResult } from './sync';
import { findings } from './findings';

export interface Results {
  command: string;
  startedAt: Date;
  durationMs: number;
  machine: Machine;
  lighthouseVersion: string;
  bundle: BundleReport;
  lighthouse: LighthouseRun[];
  firstCard: number[];
  scale: ScaleResult;
  /** Undefined while src/domain/quiz/ has no generator to time (scripts/bench/quiz.ts). */
  quiz: number[] | undefined;
  sync: SyncBenchResult;
}

const SYNC_HEADING = '## Sync';

/**
 * The sync section on its own, so that `npm run bench -- --only=sync` can replace just this
 * section of BENCHMARKS.md (the rest keeps the figures of the last full run).
 */
export function renderSync(r: SyncBenchResult, when: { date: Date; load: number; cores: number }): string {
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
  const seconds = (v: number) => (v < 10_000 ? ms(v) : `${(v / 1000).toFixed(1)} s`);
  const line = (what: string, run: SyncBenchResult['first']) => [
    what, seconds(run.ms), `${run.received.toLocaleString('en')} read, ${run.sent.toLocaleString('en')} sent`,
    `${run.ratingsAdded.toLocaleString('en')}`, mb(run.bytesReceived), mb(run.bytesSent),
  ];
  return `${SYNC_HEADING}

The app's own sync code (src/app/sync/: CouchDB's HTTP API, \`_changes\` in batches of 1,000 written
one transaction each, \`_bulk_docs\`) in the scale page, in real Chromium IndexedDB on an on-disk
profile, against pouchdb-server (in memory) on 127.0.0.1. The ${SYNC_SHAPE.ratings.toLocaleString('en')} ratings
(${SYNC_SHAPE.cards.toLocaleString('en')} cards, one a minute, oldest first as devices send them) were put on the server
directly as another device's, then read by an empty device; then ${SYNC_SHAPE.incremental} more. Time: from "Sync now"
to the sync's end (server and database checks, checkpoint, pull, writes with every card's memory
rebuilt, and working out what is left to send). Bytes: request and response bodies as sent and
received by the app (before any compression on the wire). Taken ${when.date.toISOString().replace('T', ' ').slice(0, 16)} UTC,
load average ${when.load.toFixed(2)} on ${when.cores} cores.

${table(['what', 'time', 'documents', 'ratings added', 'received', 'sent'], [
    line(`first sync of ${SYNC_SHAPE.ratings.toLocaleString('en')} ratings into an empty device`, r.first),
    line(`incremental sync of ${SYNC_SHAPE.incremental} new ratings`, r.incremental),
  ])}
`;
}

/** BENCHMARKS.md with its sync section replaced by `section` (or added at the end). */
export function withSyncSection(report: string, section: string): string {
  return withSection(report, SYNC_HEADING, section);
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (v: number) => (v < 10 ? `${v.toFixed(1)} ms` : `${Math.round(v)} ms`);
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const verdict = (ok: boolean) => (ok ? '✅ pass' : '❌ **miss**');
const range = (values: readonly number[], format: (v: number) => string) =>
  `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`;
const timing = (s: Summary) => `median ${ms(s.median)}, p95 ${ms(s.p95)} (${s.runs} runs, ${ms(s.min)}–${ms(s.max)})`;
const NOT_BUILT = 'not built yet';

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
}

const SIZE_HEADING = '## Size';

/** The first-load row of the budgets table. */
const firstLoadBudgetRow = (bundle: BundleReport) => ['first-load JS + CSS, gzip', `${kb(bundle.firstLoad.gzip)} (raw ${kb(bundle.firstLoad.raw)}, ${bundle.firstLoad.files.length} files)`,
  `≤ ${kb(BUDGETS.firstLoadGzipBytes)}`, verdict(bundle.firstLoad.gzip <= BUDGETS.firstLoadGzipBytes)];

/**
 * The size section on its own, so that `npm run bench -- --only=size` (a build, seconds) can replace
 * just this section and the first-load row of the budgets (the rest keeps the last full run's figures).
 */
export function renderSize(bundle: BundleReport, built: Date): string {
  const firstLoadFiles = table(['file', 'raw', 'gzip'], [
    ...bundle.firstLoad.files.map((f) => [`\`${f.file}\``, kb(f.raw), kb(f.gzip)]),
    ['**total**', `**${kb(bundle.firstLoad.raw)}**`, `**${kb(bundle.firstLoad.gzip)}**`],
  ]);
  const chunks = table(['file', 'raw', 'gzip', 'loaded', 'what is in it (minified bytes)'], bundle.chunks.slice(0, 8).map((c) => [
    `\`${c.file}\``, kb(c.raw), kb(c.gzip), c.firstLoad ? 'first load' : 'later (lazy)',
    c.owners.slice(0, 5).map((o) => `${o.name} ${kb(o.bytes)}`).join(', ') || '—',
  ]));

  const decoder = bundle.qrDecoder
    ? `\`${bundle.qrDecoder.file}\`, ${kb(bundle.qrDecoder.raw)} raw, ${kb(bundle.qrDecoder.gzip)} gzip`
    : 'not found in this build';
  return `## Size

Counted from the build's files (scripts/shared/size.ts, the same code as tests/e2e/size.test.ts): the
module script and stylesheet that \`dist/index.html\` names, its modulepreloads and every chunk they
import statically. Lazy chunks (the decks, the service-worker registration and workbox-window) come
after the first paint and are not counted. gzip at zlib's default level; 1 KB = 1,000 bytes. Built
${built.toISOString().replace('T', ' ').slice(0, 16)} UTC.

**First load**

${firstLoadFiles}

**Precache** (the manifest in \`sw.js\`): ${bundle.precache.files.length} files, ${kb(bundle.precache.raw)} raw, ${kb(bundle.precache.gzip)} gzip.
The service worker itself (\`sw.js\` and the Workbox runtime it imports, not in the manifest): ${kb(bundle.serviceWorker.raw)} raw, ${kb(bundle.serviceWorker.gzip)} gzip.

**QR decoder** (the camera scanner's, a worker file of its own: fetched only where the browser has no
BarcodeDetector that reads QR codes, and precached so that it works offline): ${decoder}.

**Largest chunks**, from the bundler's module info:

${chunks}
`;
}

/** BENCHMARKS.md with its size section and first-load budget row replaced by this build's. */
export function withSizeSection(report: string, bundle: BundleReport, built: Date): string {
  const row = `| ${firstLoadBudgetRow(bundle).join(' | ')} |`;
  return withSection(report, SIZE_HEADING, renderSize(bundle, built)).replace(/^\| first-load JS \+ CSS, gzip \|.*$/m, row);
}

/** `report` with the section under `heading` replaced by `section` (or added at the end). */
function withSection(report: string, heading: string, section: string): string {
  const start = report.indexOf(`\n${heading}\n`);
  if (start < 0) return `${report.trimEnd()}\n\n${section}`;
  const next = report.indexOf('\n## ', start + 1);
  return `${report.slice(0, start + 1)}${section}${next < 0 ? '' : report.slice(next)}`;
}


export function renderReport(r: Results): string {
  const { bundle, scale } = r;
  const lh = r.lighthouse;
  const scores = (pick: (run: LighthouseRun) => number) => lh.map(pick);
  const lhMedians = [scores((x) => x.performance), scores((x) => x.accessibility), scores((x) => x.bestPractices)].map(median);
  const firstCard = summarise(r.firstCard);
  const open = summarise(scale.openToFirstCard);
  const rating = summarise(scale.ratings);
  const today = summarise(scale.today);
  const progress = summarise(scale.progress);
  const queue = scale.breakdown.steps.find((s) => s.name.startsWith('startStudy'));
  const quiz = r.quiz && summarise(r.quiz);
  const date = r.startedAt.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  const minutes = `${Math.floor(r.durationMs / 60_000)} min ${Math.round((r.durationMs % 60_000) / 1000)} s`;

  const budgets = table(['what', 'measured', 'budget', 'result'], [
    firstLoadBudgetRow(bundle),
    ['Lighthouse mobile: performance / accessibility / best practices', `${lhMedians.join(' / ')} (medians of ${lh.length} runs)`,
      `${BUDGETS.lighthouseScore} / ${BUDGETS.lighthouseScore} / ${BUDGETS.lighthouseScore}`,
      verdict(lhMedians.every((s) => s >= BUDGETS.lighthouseScore))],
    ['time to first card, offline reload', timing(firstCard), `≤ ${BUDGETS.firstCardMs} ms (median)`, verdict(firstCard.median <= BUDGETS.firstCardMs)],
    ['10,000 cards, 1,000,000 review-log rows: open → first card', timing(open), `≤ ${BUDGETS.openToFirstCardAtScaleMs} ms (median)`,
      verdict(open.median <= BUDGETS.openToFirstCardAtScaleMs)],
    ['one rating committed (progress.record), at that scale', `p95 ${ms(rating.p95)}, median ${ms(rating.median)} (${rating.runs} ratings)`,
      `≤ ${BUDGETS.ratingP95Ms} ms (p95)`, verdict(rating.p95 <= BUDGETS.ratingP95Ms)],
    ['quiz generation', quiz ? timing(quiz) : NOT_BUILT, `≤ ${BUDGETS.quizMs} ms (median)`, quiz ? verdict(quiz.median <= BUDGETS.quizMs) : '— not built yet'],
  ]);

  const lhRows = lh.map((x, i) => [`${i + 1}`, `${x.performance}`, `${x.accessibility}`, `${x.bestPractices}`, `${x.seo}`,
    ms(x.fcp), ms(x.lcp), ms(x.tbt), x.cls.toFixed(3), `${Math.round(x.benchmarkIndex)}`]);
  const lhTable = table(['run', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'benchmarkIndex'], [
    ...lhRows,
    ['**median (range)**', range(scores((x) => x.performance), String), range(scores((x) => x.accessibility), String),
      range(scores((x) => x.bestPractices), String), range(scores((x) => x.seo), String), range(scores((x) => x.fcp), ms),
      range(scores((x) => x.lcp), ms), range(scores((x) => x.tbt), ms), range(scores((x) => x.cls), (v) => v.toFixed(3)),
      range(scores((x) => x.benchmarkIndex), (v) => String(Math.round(v)))],
  ]);
  const warnings = [...new Set(lh.flatMap((x) => x.warnings))];

  const scaleTable = table(['what', 'median', 'p95', 'runs', 'budget', 'result'], [
    ['open → first card (fresh page: open the database, `startStudy` over 10,000 card ids, paint the prompt)',
      ms(open.median), ms(open.p95), `${open.runs}`, `≤ ${BUDGETS.openToFirstCardAtScaleMs} ms`, verdict(open.median <= BUDGETS.openToFirstCardAtScaleMs)],
    ['one rating committed (`progress.record`: memory + log row, one transaction)', ms(rating.median), ms(rating.p95), `${rating.runs}`,
      `p95 ≤ ${BUDGETS.ratingP95Ms} ms`, verdict(rating.p95 <= BUDGETS.ratingP95Ms)],
    ['building the due queue (`startStudy`, warm connection)', queue ? ms(median(queue.ms)) : '—',
      queue ? ms(summarise(queue.ms).p95) : '—', `${queue?.ms.length ?? 0}`, '—', '—'],
    ['Today statistics (`loadToday`, warm connection)', ms(today.median), ms(today.p95), `${today.runs}`, '—', '—'],
    ['Progress statistics (`loadProgress`, warm connection)', ms(progress.median), ms(progress.p95), `${progress.runs}`, '—', '—'],
    ['JS heap in use (study session open, after GC)', mib(scale.heapBytes), '', '1', '—', '—'],
    scale.exportBackup.error === undefined
      ? ['backup export (`exportBackup`, in pieces into a Blob)', `${ms(scale.exportBackup.ms)}, ${(scale.exportBackup.bytes / 1e6).toFixed(0)} MB (gzip ${(scale.exportBackup.gzipBytes / 1e6).toFixed(0)} MB)`, '', '1', '—', '—']
      : ['backup export (`exportBackup`, in pieces into a Blob)', `**fails** after ${ms(scale.exportBackup.ms)}: ${scale.exportBackup.error}`, '', '1', '—', '❌ fails'],
    ...([['plain', scale.restoreBackup], ['gzip', scale.restoreGzip]] as const).map(([kind, r]) => (r?.error === undefined && r
      ? [`backup restore, replace (${kind} file: streamed check, then written in one transaction)`,
        `${ms(r.ms)} (check ${ms(r.checkMs ?? 0)}), peak heap ${r.peakHeapBytes === undefined ? '—' : mib(r.peakHeapBytes)}`, '', '1', '—', '—']
      : [`backup restore, replace (${kind} file)`, `**fails**: ${r?.error ?? 'not run'}`, '', '1', '—', '❌ fails'])),
  ]);
  const breakdown = table(['step (each alone, warm connection)', 'result', 'median', 'max', 'runs'],
    scale.breakdown.steps.map((s) => [s.name, s.detail, ms(median(s.ms)), ms(Math.max(...s.ms)), `${s.ms.length}`]));

  return `# Benchmarks

Written by \`${r.command}\` — do not edit by hand; run the command again. Budgets are DESIGN.md's
("Budgets"); a timing is judged on its median unless its budget names a percentile.

${table(['', ''], [
    ['command', `\`${r.command}\``],
    ['date', date],
    ['machine', `${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB memory`],
    ['load average (1 min) at start / end', `${r.machine.loadAverage.toFixed(2)} / ${r.machine.loadAverageEnd.toFixed(2)} on ${r.machine.cores} cores (timings are only comparable on a quiet machine)`],
    ['Node', r.machine.node],
    ['Chromium', r.machine.chromium],
    ['Lighthouse', r.lighthouseVersion],
    ['bench run time', minutes],
  ])}

## Budgets

${budgets}

${findings(r)}

${renderSize(bundle, r.startedAt)}
## Lighthouse

Lighthouse ${r.lighthouseVersion}, default configuration (mobile emulation, simulated slow 4G and
4× CPU throttling), on the production build served on 127.0.0.1, each run in a fresh headless
Chromium (\`--headless --no-sandbox --disable-gpu\` …). Page: \`/\` (Today), a first visit.

${lhTable}
${warnings.length ? `\nLighthouse warnings: ${warnings.join(' · ')}\n` : ''}
## Time to first card

Navigation start → the \`faultlines:first-card\` mark (set once the first prompt is painted,
src/ui/perf.ts) on an offline reload of \`/study\` with the service worker installed and controlling,
in a Chromium profile on disk (\`context.setOffline(true)\`; one warm-up reload not counted). The
profile has no progress, so the first card is a new card.

${timing(firstCard)}.

## Quiz generation

${quiz
    ? `\`generateQuiz\` (src/domain/quiz/) over every shipped deck, a ${QUIZ.questions}-question mixed quiz for each of ${quiz.runs} seeds, in Node (pure code; the first call pays for the JIT and is counted): ${timing(quiz)}.`
    : '**Not built yet**: scripts/bench/quiz.ts returns no timings; making it time the generator is the only change needed.'}

## Scale: ${SHAPE.cards.toLocaleString('en')} cards, ${SHAPE.reviews.toLocaleString('en')} review-log rows

The app's own code (src/storage through \`createServices\`, \`startStudy\`, \`loadToday\`, \`loadProgress\`, \`exportBackup\`)
in real Chromium IndexedDB on an on-disk profile, driven through a bench-only page
(scripts/bench/scale/, its own Vite build, not part of the app's bundle). Collection:
${SHAPE.cards.toLocaleString('en')} synthetic cards in ${SHAPE.decks} decks; ${(SHAPE.cards - SHAPE.unseen).toLocaleString('en')} of them
rated, ${SHAPE.dueNow} due now; ${SHAPE.reviews.toLocaleString('en')} ratings over the last ${SHAPE.days.toLocaleString('en')} days
(${(SHAPE.reviews / SHAPE.days).toLocaleString('en')} a day, today included, so the streak is ${SHAPE.days.toLocaleString('en')} days).
Seeded in ${(scale.seed.ms / 1000).toFixed(1)} s (large transactions, not timed as app code).

${scaleTable}

Where the time goes (each read or use case alone on an open connection, up to ${RUNS.breakdown} runs, fewer once one step has used 20 s):

${breakdown}

${renderSync(r.sync, { date: r.startedAt, load: r.machine.loadAverage, cores: r.machine.cores })}`;
}
