/**
 * The rungs of the schema's ladder (schema.ts) that change data already stored, run inside the
 * upgrade's transaction after the stores exist. Only an upgrade of an existing database loads this
 * module (db.ts), so the first load never carries it.
 *
 * Only IndexedDB requests are awaited inside, so the upgrade transaction stays open until they are
 * done. An upgrade that fails or is aborted is reported once, by the open itself (db.ts); a rung's
 * own requests then reject too, and must not surface as a second, unhandled error.
 */
import type { OffsetOf } from '../domain/calendar';
import { countInto, dropEmpty, type DaySummary } from '../domain/day-summary';
import { freshIdPrefix, inImportedNamespace, intoImportedNamespace } from '../domain/deck/namespace';
import { createRng } from '../domain/quiz/rng';
import { importedCardPrefix, isShippedCardId } from '../domain/trust-ids';
import { DATA_RUNGS, type UpgradeTransaction } from './schema';

/** Each data rung's work: typed by DATA_RUNGS, so a rung listed there without its work does not compile. */
const RUNGS: Record<(typeof DATA_RUNGS)[number], (tx: UpgradeTransaction, offsetOf: OffsetOf) => Promise<void>> = {
  5: (tx) => moveImportedDecksIntoNamespace(tx),
  7: buildDaySummaries,
};

/** Runs every data rung between `oldVersion` and `newVersion`, in order. */
export function migrateData(tx: UpgradeTransaction, oldVersion: number, newVersion: number, offsetOf: OffsetOf): void {
  for (const rung of DATA_RUNGS) if (oldVersion < rung && rung <= newVersion) RUNGS[rung](tx, offsetOf).catch(() => undefined);
}

/** Rows read at a time by the rung-7 upgrade: big enough to be few requests, small enough to bound memory. */
export const SUMMARY_BUILD_BATCH = 20_000;

/**
 * Version 7: the day summaries, counted from the log there is. The log is read in batches in key
 * order (the order does not matter to a count), and only the counts are kept, not the rows.
 */
async function buildDaySummaries(tx: UpgradeTransaction, offsetOf: OffsetOf): Promise<void> {
  const reviews = tx.objectStore('reviews');
  const counts = new Map<string, DaySummary>();
  let after: string | undefined;
  for (;;) {
    const batch = await reviews.getAll(after === undefined ? null : IDBKeyRange.lowerBound(after, true), SUMMARY_BUILD_BATCH);
    countInto(counts, batch, [], offsetOf);
    if (batch.length < SUMMARY_BUILD_BATCH) break;
    after = batch[batch.length - 1]!.id;
  }
  countInto(counts, [], (await tx.objectStore('quizResults').getAll()).flatMap((q) => q.answers), offsetOf);
  const days = tx.objectStore('days');
  await Promise.all([...dropEmpty(counts).values()].map((summary) => days.put(summary)));
}

/**
 * Version 5: imported decks get ids of their own namespace (domain/trust.ts). Decks the importer
 * made already have them; a deck a restore once let through with another id (a shipped deck's, say)
 * moves to `custom-<letters>` with cards `<letters>-0001`…, and its cards' ratings follow them. A
 * card whose old id had a shipped card's shape keeps no ratings: they may be the shipped card's,
 * and stay with that id.
 */
async function moveImportedDecksIntoNamespace(tx: UpgradeTransaction): Promise<void> {
  const decks = tx.objectStore('importedDecks');
  const all = await decks.getAll();
  const taken = new Set(all.filter(inImportedNamespace).map((d) => importedCardPrefix(d.id)!));
  for (const deck of all) {
    const moved = intoImportedNamespace(deck, () => freshIdPrefix(createRng('imported-namespace', deck.id), taken));
    if (!moved) continue;
    taken.add(importedCardPrefix(moved.deck.id)!);
    if (moved.deck.id !== deck.id) await decks.delete(deck.id);
    await decks.put(moved.deck);
    const memories = tx.objectStore('memories');
    const reviews = tx.objectStore('reviews');
    for (const [from, to] of moved.renamed) {
      if (isShippedCardId(from)) continue;
      const memory = await memories.get(from);
      if (memory) {
        await memories.delete(from);
        await memories.put({ ...memory, cardId: to });
      }
      for (const review of await reviews.index('by-card').getAll(from)) {
        const { before, after } = review;
        await reviews.put({ ...review, cardId: to, after: { ...after, cardId: to }, ...(before ? { before: { ...before, cardId: to } } : {}) });
      }
    }
  }
}
