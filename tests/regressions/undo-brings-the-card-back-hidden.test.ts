// Regression: after rating a card and undoing, the same card came back with its answer still shown,
// because "revealed" was remembered per card and position. Each change of the front card is now a
// new turn, and the screen shows the answer only for the turn it was revealed in.
import { afterEach, expect, it } from 'vitest';
import { startStudy } from '../../src/app/study';
import { testDeck, testServices } from '../app/fixtures';

let services: ReturnType<typeof testServices>;
afterEach(() => services.database.close());

it('gives the card that comes back after undo a turn of its own', async () => {
  services = testServices([testDeck('actors', ['act-001', 'act-002'])]);
  const study = await startStudy(services);
  const first = study.view();
  await study.rate(4);
  await study.undo();
  const back = study.view();
  expect(back.card?.id).toBe(first.card?.id);
  expect(back.reviewed).toBe(first.reviewed);
  expect(back.turn).not.toBe(first.turn);
});
