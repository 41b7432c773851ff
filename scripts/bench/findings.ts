/**
 * What the figures say, worked out from them: budgets missed, and where the time goes at scale.
 * Every number in the text comes from this run, so the text stays true when the code changes.
 */
import { BUDGETS } from './budgets';
import type { Results } from './report';
import { SHAPE } from './scale/shape';
import { median, summarise } from './stats';

const ms = (v: number) => (v < 10 ? `${v.toFixed(1)} ms` : v < 10_000 ? `${Math.round(v)} ms` : `${(v / 1000).toFixed(1)} s`);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
/** The longest string V8 makes (2^29 − 24 characters); a longer one throws "Invalid string length". */
const V8_MAX_STRING = 2 ** 29 - 24;

export function findings(r: Results): string {
  const lines: string[] = [];
  const steps = r.scale.breakdown.steps.map((s) => ({ ...s, median: median(s.ms) }));
  const step = (prefix: string) => steps.find((s) => s.name.startsWith(prefix));
  const open = summarise(r.scale.openToFirstCard);
  const rating = summarise(r.scale.ratings);
  const queue = step('startStudy');

  const first = r.bundle.firstLoad;
  const parts = r.bundle.chunks.filter((c) => c.firstLoad).flatMap((c) => c.owners).sort((a, b) => b.bytes - a.bytes).slice(0, 4);
  const over = first.gzip > BUDGETS.firstLoadGzipBytes;
  lines.push(`- ${over ? '**First load misses its budget**' : 'First load'}: ${kb(first.gzip)} gzip of ${kb(BUDGETS.firstLoadGzipBytes)}. Its largest parts (minified): ${parts.map((o) => `${o.name} ${kb(o.bytes)}`).join(', ')}.${over ? ' Next step: load the largest part that the first screen does not need lazily.' : ''}`);

  const low = r.lighthouse.map((x, i) => ({ ...x, run: i + 1 })).filter((x) => Math.min(x.performance, x.accessibility, x.bestPractices) < BUDGETS.lighthouseScore);
  if (low.length) {
    const blocked = low.filter((x) => x.tbt > 0).map((x) => x.run);
    lines.push(`- Lighthouse: ${low.length} of ${r.lighthouse.length} runs scored under 100 (${low.map((x) => `run ${x.run}: ${x.performance}/${x.accessibility}/${x.bestPractices}, FCP ${ms(x.fcp)}, LCP ${ms(x.lcp)}, TBT ${ms(x.tbt)}`).join('; ')}). ` +
      (blocked.length
        ? `Run${blocked.length > 1 ? 's' : ''} ${blocked.join(', ')} lost points on TBT, which differs between runs of the same build: Lighthouse multiplies the main-thread time it observes by its 4× CPU throttle, so other work on these ${r.machine.cores} cores (load average ${r.machine.loadAverage.toFixed(1)} at the start, ${r.machine.loadAverageEnd.toFixed(1)} at the end) reads as blocking time. Rerun on a quiet machine before acting; if TBT stays above 0 there, the long tasks in the Lighthouse trace show where. `
        : '') +
      'With TBT at 0, performance rests on FCP and LCP, which sit near the edge of the 100 band on simulated slow 4G: fewer bytes before the first paint give headroom.');
  }
  if (median(r.firstCard) > BUDGETS.firstCardMs) {
    const card = summarise(r.firstCard);
    // A wide spread with fast runs inside the budget is the machine, not the app.
    const noisy = card.min <= BUDGETS.firstCardMs && card.max > 2 * card.min;
    lines.push(`- **Time to first card misses its budget** (median ${ms(card.median)}, runs ${ms(card.min)}–${ms(card.max)}). ` + (noisy
      ? `The fastest runs are inside the budget and the spread is wide: other work on these ${r.machine.cores} cores (load average ${r.machine.loadAverage.toFixed(1)} at the start, ${r.machine.loadAverageEnd.toFixed(1)} at the end) is the likely cause. Rerun on a quiet machine before acting.`
      : `Open → first card at scale is ${ms(open.median)}, so the time goes to loading and running the app's scripts offline, not to IndexedDB.`));
  }
  if (open.median > BUDGETS.openToFirstCardAtScaleMs) {
    const slowest = steps.filter((s) => !s.name.startsWith('startStudy') && !/streak|proposed/i.test(s.name)).sort((a, b) => b.median - a.median)[0];
    lines.push(`- **Open → first card at scale misses its budget** (median ${ms(open.median)}). Slowest read on the way: ${slowest?.name} (${ms(slowest?.median ?? 0)}, ${slowest?.detail}).`);
  }
  if (r.quiz && median(r.quiz) > BUDGETS.quizMs) {
    lines.push(`- **Quiz generation misses its budget** (median ${ms(median(r.quiz))}, p95 ${ms(summarise(r.quiz).p95)}).`);
  }
  if (rating.p95 > BUDGETS.ratingP95Ms) {
    lines.push(`- **One rating misses its p95 budget** (p95 ${ms(rating.p95)}, median ${ms(rating.median)}): \`progress.record\` is one put and one add in one transaction, so the tail is IndexedDB's commit.`);
  }

  const streak = step('countStreak');
  if (streak) {
    const days = /streak (\d+) days/.exec(streak.detail)?.[1] ?? '?';
    lines.push(`- The streak (\`countStreak\`, ${days} days, one \`getKey\` per day in one transaction) takes ${ms(streak.median)}; \`loadToday\` ${ms(median(r.scale.today))}, \`loadProgress\` ${ms(median(r.scale.progress))}. (Before 2026-11-29 it counted each day's range, which took 40–50 s here: Chromium walks a counted range entry by entry.)`);
  }

  const progressMs = median(r.scale.progress);
  if (progressMs > 1000) {
    const reads = ['progress.all', 'progress.reviewsSince(', 'progress.reviewCount', 'countStreak']
      .map((prefix) => steps.find((s) => s.name.startsWith(prefix) && !s.name.includes('midnight')))
      .filter((s) => s !== undefined)
      .sort((a, b) => b.median - a.median);
    lines.push(`- **The Progress screen takes ${ms(progressMs)} at scale** (\`loadProgress\`; no budget yet). Its reads, slowest first: ${reads.map((s) => `${s.name} ${ms(s.median)} (${s.detail})`).join('; ')}. Reading the log by time looks every row up by its primary key, a random UUID, and returns whole rows (each with the memory before and after). Next steps (src/app/progress.ts, src/storage/): a per-day summary (ratings by grade and by state before) written in each rating's transaction and read instead of the rows; a running total instead of counting the whole log; and time-ordered review ids (a time prefix before the random part), which in a one-off trial on 2026-11-29 made the same 26-week read 4× faster (8.4 s → 2.0 s).`);
  }

  const backup = r.scale.exportBackup;
  const log = '';
  if (backup.error !== undefined) {
    const tooLong = /Invalid string length/.test(backup.error);
    lines.push(`- **Backup export fails at this scale** after ${ms(backup.ms)}: \`${backup.error}\`.${log}${tooLong ? ` \`exportBackup\` builds the whole file as one string (and the canonical text it checksums as another), and V8 caps a string at ${V8_MAX_STRING.toLocaleString('en')} characters. Next step (src/app/backup.ts, src/domain/backup/): write the file in pieces into a Blob and checksum it piece by piece, so no single string holds the whole log.` : ''}`);
  } else {
    lines.push(`- Backup export: ${ms(backup.ms)} for a file of ${(backup.bytes / 1e6).toFixed(0)} MB (gzip: ${(backup.gzipBytes / 1e6).toFixed(0)} MB in ${ms(backup.gzipMs)}), written in pieces into a Blob.`);
  }

  if (queue) {
    const seen = step('progress.seenIds');
    const since = step('progress.reviewsSince');
    lines.push(`- Building the due queue (\`startStudy\`, warm) takes ${ms(queue.median)}${seen && since ? `; its largest reads are every memory key (${seen.detail}, ${ms(seen.median)}) and today's full log rows for the new-card count (${since.detail}, ${ms(since.median)}). Both grow with the collection but are far inside the budget at this size` : ''}.`);
    lines.push(`- Open → first card at scale: ${ms(open.median)} from a fresh page (opening the database, first reads cold) against ${ms(queue.median)} for \`startStudy\` on an open connection.`);
  }
  return `## Findings\n\n${lines.join('\n')}`;
}
