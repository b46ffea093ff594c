/**
 * The dashboard's browser tests drive Debian's Chromium through playwright-core. One browser serves the whole file;
 * each reviewer is a context of its own (its own localStorage, as another browser profile); a tab is watched for
 * console errors, page errors and dialogs, which the tests expect never to see.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh browser profile, offline, that accepts downloads. */
export function reviewerProfile(browser: Browser, width = 1280): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width, height: 900 }, offline: true, acceptDownloads: true });
}

/** The page, with its console errors, page errors and dialogs collected into `problems`. */
export function watched(page: Page, problems: string[]): Page {
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('dialog', (d) => (problems.push(`dialog: ${d.message()}`), void d.dismiss()));
  return page;
}

/** The page has drawn its lists and charts (they are drawn after load, a moment later). */
export const drawn = (page: Page): Promise<unknown> => page.waitForFunction('window.__nianbaoReady === true');

/** Loads `url` in the tab and waits until the page has drawn. */
export async function load(page: Page, url: string): Promise<Page> {
  await page.goto(url, { waitUntil: 'load' });
  await drawn(page);
  return page;
}

/** What injected markup would have set, had any of it run. */
export const pwned = (page: Page): Promise<number | undefined> => page.evaluate(() => (window as unknown as { __nianbaoPwned?: number }).__nianbaoPwned);

/** The filters' state kept in the page's URL. */
/**
 * How long a poll waits for the page to draw again after an asynchronous event: a loaded machine running the whole
 * suite (a fresh clone, every cache cold) has taken over a second, vitest's default.
 */
export const REDRAWN = { timeout: 10_000 };

export const hashOf = (page: Page): URLSearchParams => new URLSearchParams(new URL(page.url()).hash.slice(1));
