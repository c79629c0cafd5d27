// Finance reads the P&L and the balance sheet as of a date; the balance sheet balances as shown (assets equal
// liabilities plus equity), and the CSV download saves the API's own export.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signIn } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const FINANCE = 'finance@demo.emporium.dev';

// The machine running the suite may be busy: a change shows within this, not the poll's default second.
const SLOW = { timeout: 15_000 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** A figure as shown (in the browser's locale and the company's currency) back to minor units. */
function minorUnits(shown: string | null): number {
  const negative = /[-−(]/.test(shown ?? '');
  const digits = (shown ?? '').replace(/[^\d]/g, '');
  expect(digits, `a figure in "${shown}"`).not.toBe('');
  return (negative ? -1 : 1) * Number(digits);
}

it('the P&L shows net income and downloads as CSV', async () => {
  const page = await newPage(browser);
  await signIn(page, baseUrl, FINANCE);
  await page.getByRole('list', { name: 'Finance' }).getByRole('link', { name: 'Profit and loss' }).click();
  await page.getByRole('table', { name: 'Income' }).waitFor();
  await expect.poll(() => page.getByText('Net income').count(), SLOW).toBe(1);
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('profit-and-loss.csv');
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const csv = Buffer.concat(chunks).toString('utf8');
  expect(csv.split('\r\n')[0]).toMatch(/^section,code,name,role,amount\b/);
  expect(csv).toMatch(/\r\nincome,/);
  await page.close();
});

it('the balance sheet as of today balances: assets = liabilities + equity as shown', async () => {
  const page = await newPage(browser);
  await signIn(page, baseUrl, FINANCE);
  const today = new Date().toISOString().slice(0, 10);
  await page.goto(`${baseUrl}/finance/balance-sheet?to=${today}`);
  expect(await page.getByLabel('As of').inputValue()).toBe(today);
  const assets = page.getByTestId('total-assets');
  await assets.waitFor();
  const shownAssets = minorUnits(await assets.textContent());
  const liabilities = minorUnits(await page.getByTestId('total-liabilities').textContent());
  const equity = minorUnits(await page.getByTestId('total-equity').textContent());
  expect(shownAssets).toBeGreaterThan(0);
  expect(liabilities + equity).toBe(shownAssets);
  expect(await page.getByText(/: balanced$/).count()).toBe(1);
  await expectAccessible(page);
  await page.close();
});
