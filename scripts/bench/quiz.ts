/**
 * Quiz generation time (budget ≤ 20 ms): NOT BUILT YET — src/domain/quiz/ is being written.
 *
 * To add it, make this one function time the generator and return the timings in ms, e.g.
 *
 *   const { generateQuiz } = (await runnerImport(`${ROOT}src/domain/quiz/generate.ts`, …)).module;
 *   const decks = …every shipped deck (scripts/deck-loader.ts, loadDecks)…;
 *   return Array.from({ length: 50 }, (_, seed) => time(() => generateQuiz(decks, { seed, … })));
 *
 * The report then shows its median and p95 against the budget instead of "not built yet".
 * (Pure domain code: Node is fine; run it in Chromium through the scale page if it ever reads storage.)
 */
export async function measureQuizGeneration(): Promise<number[] | undefined> {
  return undefined;
}
