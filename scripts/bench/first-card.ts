/**
 * Time to first card: navigation start → the `faultlines:first-card` mark (set when the first
 * prompt is painted, src/ui/perf.ts) on an offline reload of /study, with the service worker
 * installed and controlling, in a profile on disk. The first offline reload is a warm-up and is
 * not counted. The learner has no progress yet, so the first card is a new one.
 */
import { openControlled } from '../shared/controlled';
import { launchProfile } from './browser';

export const FIRST_CARD_MARK = 'faultlines:first-card';

export async function timeToFirstCard(appUrl: string, runs: number): Promise<number[]> {
  const profile = await launchProfile();
  try {
    const page = await openControlled(profile.context, `${appUrl}/study`);
    await page.getByTestId('prompt').waitFor();
    await profile.context.setOffline(true);
    const times: number[] = [];
    for (let i = 0; i <= runs; i++) {
      await page.reload();
      const mark = await page.waitForFunction(
        (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime, FIRST_CARD_MARK, { timeout: 30_000 },
      );
      const ms = (await mark.jsonValue()) as number;
      if (i > 0) times.push(ms);
    }
    return times;
  } finally {
    await profile.close();
  }
}
