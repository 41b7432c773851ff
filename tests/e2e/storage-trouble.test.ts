/**
 * When the browser's storage lets the app down — the quota is full, IndexedDB is missing or refuses
 * to open, or a newer version of the app left the database — every screen says so in plain words
 * (what happened, that nothing saved was lost, what to do), keeps working around the message, and
 * never shows a rating, a deck or a setting as saved when it was not.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, CDPSession, Locator, Page } from 'playwright-core';
import { axeViolations, countImportedDecks, readProgress, useBrowserAndServer } from './browser';
import { shippedDecks } from './quiz-driver';

const env = useBrowserAndServer();

/** Words the browser's engine uses, which a learner must never be shown outside "Technical details". */
const RAW = /Cannot read properties|is not defined|Version change transaction|requested version|QuotaExceeded|SecurityError|TypeError|AbortError|VersionError|UnknownError/;

/** A context of its own, without the service worker: its precache would count against a tiny quota. */
async function newContext(): Promise<BrowserContext> {
  return env.browser.newContext({ serviceWorkers: 'block' });
}

const sessions = new WeakMap<Page, CDPSession>();

/**
 * Sets the origin's storage quota (in bytes) before the app first touches storage; `undefined`
 * restores it. The override lasts as long as its DevTools session, so the page keeps one.
 */
async function setQuota(page: Page, bytes: number | undefined): Promise<void> {
  let cdp = sessions.get(page);
  if (!cdp) sessions.set(page, (cdp = await page.context().newCDPSession(page)));
  await cdp.send('Storage.overrideQuotaForOrigin', bytes === undefined ? { origin: env.server.url } : { origin: env.server.url, quotaSize: bytes });
}

/** What a learner reads in a message: its text without the "Technical details" disclosure. */
function plainText(message: Locator): Promise<string> {
  return message.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('details, [aria-hidden="true"]').forEach((d) => d.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Collects the page's uncaught errors, so a crash cannot pass for a message. */
function crashes(page: Page): string[] {
  const seen: string[] = [];
  page.on('pageerror', (e) => seen.push(e.message));
  return seen;
}

function storedSettings(page: Page): Promise<unknown> {
  return page.evaluate(() => new Promise<unknown>((resolve, reject) => {
    const open = indexedDB.open('faultlines');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction('settings').objectStore('settings').get('app');
      get.onsuccess = () => { open.result.close(); resolve(get.result); };
      get.onerror = () => reject(get.error);
    };
  }));
}

describe('with the storage quota exhausted', () => {
  it('keeps the card, its answer and the grade buttons when a rating cannot be saved, and counts nothing', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await setQuota(page, 1);
    await page.goto(`${env.server.url}/study`);
    const card = page.locator('article.flashcard');
    await card.waitFor();
    const cardId = await card.getAttribute('data-card-id');
    await page.keyboard.press('Space');
    await page.getByTestId('answer').waitFor();
    await page.keyboard.press('3');

    const alert = page.getByTestId('study-problem');
    await alert.waitFor();
    expect(await plainText(alert)).toBe(
      'Your device is out of storage space, so this rating could not be saved. Everything saved before it is safe. '
      + 'Free some space on the device (delete files or apps you no longer need, or clear other websites\' data), then rate the card again. '
      + 'If you can, download a backup from the Library too.',
    );
    // The same card, its answer and the grades stay; the rating is not counted as done.
    expect(await card.getAttribute('data-card-id')).toBe(cardId);
    expect(await page.getByTestId('answer').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /^Good/ }).isVisible()).toBe(true);
    expect(await page.getByText('0 reviewed').count()).toBe(1);
    expect(await readProgress(page)).toEqual({ reviews: [], memories: [] });
    expect(await axeViolations(page)).toEqual([]);

    // Once there is room again, the same key press stores the rating and the card moves on.
    await setQuota(page, undefined);
    await page.keyboard.press('3');
    await page.getByTestId('answer').waitFor({ state: 'detached' });
    expect(await alert.count()).toBe(0);
    expect(await page.getByText('1 reviewed').count()).toBe(1);
    expect((await readProgress(page)).reviews.map((r) => r.cardId)).toEqual([cardId]);
    await context.close();
  });

  it('says at once that a deck could not be imported, imports none of it, and leaves the form ready to try again', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await setQuota(page, 1);
    await page.goto(`${env.server.url}/library`);
    await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'terms.csv', mimeType: 'text/csv', buffer: Buffer.from('Baku,capital of Azerbaijan\nYerevan,capital of Armenia\n') });
    await page.getByLabel('Deck name (optional)').fill('Capitals');
    const importButton = page.getByRole('button', { name: 'Import 2 cards' });
    const started = Date.now();
    await importButton.click();
    const error = page.getByTestId('import-error');
    await error.waitFor({ timeout: 2000 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await plainText(error)).toBe(
      'Your device is out of storage space, so the deck could not be imported. Everything saved before it is safe. '
      + 'Free some space on the device (delete files or apps you no longer need, or clear other websites\' data), then import it again. '
      + 'If you can, download a backup from the Library too.',
    );
    expect(await countImportedDecks(page)).toBe(0);
    expect(await page.getByRole('link', { name: 'Capitals' }).count()).toBe(0);

    // The preview and its button are still there; with room again, the same press imports the deck.
    expect(await page.getByTestId('import-preview').isVisible()).toBe(true);
    await setQuota(page, undefined);
    await importButton.click();
    await page.getByTestId('import-saved').waitFor();
    expect(await error.count()).toBe(0);
    await page.getByRole('link', { name: 'Capitals' }).waitFor();
    expect(await countImportedDecks(page)).toBe(1);
    await context.close();
  });

  it('shows a setting that could not be saved next to its control, which goes back to the stored value', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await setQuota(page, 1);
    await page.goto(`${env.server.url}/settings`);
    const field = page.getByLabel('New cards per day');
    await field.fill('3');
    await field.press('Tab');

    const scheduling = page.locator('fieldset', { has: field });
    const alert = scheduling.getByRole('alert');
    await alert.waitFor();
    expect(await plainText(alert)).toBe(
      'Your device is out of storage space, so this setting could not be saved. Everything saved before it is safe. '
      + 'Free some space on the device (delete files or apps you no longer need, or clear other websites\' data), then change it again. '
      + 'If you can, download a backup from the Library too.',
    );
    expect(await field.inputValue()).toBe('20');
    expect(await storedSettings(page)).toBeUndefined();
    // A radio button goes back too, with the message in its own group.
    await page.getByRole('radio', { name: 'Dark' }).click();
    const theme = page.locator('fieldset', { has: page.getByRole('radio', { name: 'Dark' }) });
    await theme.getByRole('alert').waitFor();
    expect(await alert.count()).toBe(0);
    expect(await page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(false);
    expect(await page.getByRole('radio', { name: 'Same as the device' }).isChecked()).toBe(true);
    // The rest of the screen is still there.
    await page.getByRole('heading', { name: 'Storage' }).waitFor();

    await setQuota(page, undefined);
    await field.fill('4');
    await field.press('Tab');
    await page.getByText('Settings saved.').waitFor({ state: 'attached' });
    expect(await alert.count()).toBe(0);
    expect(await storedSettings(page)).toMatchObject({ newCardsPerDay: 4 });
    await context.close();
  });
});

const UNAVAILABLE =
  'This browser is not letting Faultlines store anything, so your progress can be neither saved nor read here: private windows do this, and so does blocking site data. '
  + 'Nothing saved before was lost. '
  + 'Open Faultlines in a normal window, or allow site data for it in the browser\'s settings, to study and keep your progress.';

/** Ways a browser withholds IndexedDB, each as a script that runs before the app. */
const WITHHELD: { name: string; script: () => void }[] = [
  { name: 'window.indexedDB is undefined', script: () => { Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }); } },
  { name: 'window.indexedDB is deleted', script: () => { delete (window as { indexedDB?: IDBFactory }).indexedDB; } },
  {
    name: 'indexedDB.open throws a SecurityError',
    script: () => { IDBFactory.prototype.open = () => { throw new DOMException('Access to the IndexedDB API is denied in this context.', 'SecurityError'); }; },
  },
  {
    name: 'the open is aborted',
    script: () => {
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
        const request = open.apply(this, args);
        // After the app's own upgrade handler, as a browser that will not keep the new database.
        queueMicrotask(() => request.addEventListener('upgradeneeded', () => request.transaction?.abort()));
        return request;
      };
    },
  },
];

describe('with IndexedDB unavailable', () => {
  for (const { name, script } of WITHHELD) {
    it(`says so in plain words on Today when ${name}`, async () => {
      const context = await newContext();
      await context.addInitScript(script);
      const page = await context.newPage();
      const errors = crashes(page);
      await page.goto(env.server.url);
      const alert = page.locator('main [role="alert"]');
      await alert.waitFor();
      expect(await plainText(alert)).toBe(UNAVAILABLE);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('keeps the shell, navigation, the shipped decks, the Map and the Web working, and every screen that needs storage says why it cannot', async () => {
    const context = await newContext();
    await context.addInitScript(WITHHELD[0]!.script);
    const page = await context.newPage();
    const errors = crashes(page);
    await page.goto(env.server.url);
    const nav = page.getByRole('navigation', { name: 'Main' });
    const main = page.locator('main');

    await main.getByTestId('still-works').getByRole('link', { name: 'Library' }).waitFor();
    for (const link of ['Today', 'Progress', 'Settings']) {
      await nav.getByRole('link', { name: link }).click();
      const alert = main.getByRole('alert');
      await alert.waitFor();
      expect(await plainText(alert), link).toBe(UNAVAILABLE);
    }
    await page.goto(`${env.server.url}/study`);
    expect(await plainText(main.getByRole('alert'))).toBe(UNAVAILABLE);
    expect(await axeViolations(page)).toEqual([]);

    // Reading needs no storage: the Library's shipped decks, a deck's cards, the Map and the Web.
    await nav.getByRole('link', { name: 'Library' }).click();
    await main.locator('.library-deck').first().waitFor();
    expect(await main.locator('.library-deck').count()).toBe(shippedDecks.length);
    await main.getByRole('link', { name: 'Actors' }).click();
    await main.getByRole('heading', { name: /^All \d+ cards$/ }).waitFor();
    await nav.getByRole('link', { name: 'Map' }).click();
    await main.locator('svg.corridor-map').waitFor();
    await nav.getByRole('link', { name: 'Web' }).click();
    await main.getByRole('heading', { name: 'Alignment web' }).waitFor();
    await main.locator('svg.web-svg').waitFor();
    expect(await plainText(main)).not.toMatch(RAW);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('an older copy of the app over a newer database', () => {
  it('says a newer version saved the progress and to reload, and leaves the newer database as it was', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const errors = crashes(page);
    // A newer Faultlines left its database at version 99, with progress in it.
    await page.goto(`${env.server.url}/favicon.svg`);
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('faultlines', 99);
      open.onupgradeneeded = () => { open.result.createObjectStore('future').put('kept', 'progress'); };
      open.onsuccess = () => { open.result.close(); resolve(); };
      open.onerror = () => reject(open.error);
    }));

    await page.goto(env.server.url);
    const alert = page.locator('main [role="alert"]');
    await alert.waitFor();
    const NEWER = 'Your progress was saved by a newer version of Faultlines, which this copy cannot read. Nothing was lost. '
      + 'Connect to the internet and reload the page to update (choose Reload if Faultlines offers an update), and everything will be there.';
    expect(await plainText(alert)).toBe(NEWER);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.locator('main [role="alert"]').waitFor();
    expect(await plainText(page.locator('main [role="alert"]'))).toBe(NEWER);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    await page.locator('.library-deck').first().waitFor();

    const after = await page.evaluate(() => new Promise<{ version: number; kept: unknown }>((resolve, reject) => {
      const open = indexedDB.open('faultlines');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const get = db.transaction('future').objectStore('future').get('progress');
        get.onsuccess = () => { db.close(); resolve({ version: db.version, kept: get.result }); };
      };
    }));
    expect(after).toEqual({ version: 99, kept: 'kept' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
