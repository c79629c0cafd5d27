// A store manager reads the digest of a day in the back office: the headline and lines the API gives them, the
// day kept in the URL, and a top action's link opens its exception queue.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { apiGet, apiToken, expectAccessible, launchBrowser, newPage, signIn } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const MANAGER = 'manager.s01@demo.emporium.dev';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

interface Digest {
  date: string;
  headline: string;
  actions: Array<{ text: string; link: string }>;
  kpis: Array<{ text: string }>;
}

it('a store manager reads a day’s digest and follows its first action', async () => {
  const token = await apiToken(baseUrl, MANAGER);
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const digest = await apiGet<Digest>(baseUrl, token, `/digests/${yesterday}`);
  const page = await newPage(browser);
  await signIn(page, baseUrl, MANAGER);
  await page.getByRole('navigation').getByRole('link', { name: 'Digest' }).click();
  await page.getByRole('heading', { level: 1, name: 'Digest of the day' }).waitFor();
  // Exceptions keep arriving from parallel tests: the headline's wording is checked, not its counts.
  // By default the day just ended, as the morning e-mail.
  await page.getByText(new RegExp(`^\\w+day ${yesterday} for Store manager \\(S01\\): `)).waitFor();
  const kpis = page.getByRole('list', { name: 'KPI moves' }).getByRole('listitem');
  expect(await kpis.count()).toBe(digest.kpis.length);
  await expectAccessible(page);
  await page.screenshot({ path: '.tmp/digest.png', fullPage: true });

  // Another day, from the URL alone.
  const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
  await page.goto(`${baseUrl}/digest?date=${weekAgo}`);
  await page.getByText(new RegExp(`^\\w+day ${weekAgo} for Store manager`)).waitFor();

  await page.goto(`${baseUrl}/digest`);
  const first = page.getByRole('list', { name: 'Top actions' }).getByRole('link').first();
  if (digest.actions.length > 0) {
    await first.click();
    await page.getByRole('heading', { level: 1, name: /^Exceptions/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/exceptions');
  } else await page.getByText('Nothing to act on.').waitFor();
  await page.close();
});
