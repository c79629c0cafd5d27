// The exception queue on the back office: a count at S01 that differs from the books raises a stock discrepancy;
// the S01 store manager finds it in their queue under Exceptions, acknowledges it, assigns it to themselves and
// resolves it with a note — and the API shows each step. Axe checks the queue and its dialogs.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { apiGet, apiToken, expectAccessible, launchBrowser, newPage, signIn } from './support/browser.ts';
import { apiPost, type Level } from './support/store-api.ts';

const baseUrl = inject('baseUrl');
const MANAGER = 'manager.s01@demo.emporium.dev';
const SHOTS = process.env.E2E_SCREENSHOTS;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/exceptions-${name}.png`, fullPage: true });
}

interface Exception {
  id: string;
  status: string;
  assignee: string | null;
  resolutionNote: string | null;
  summary: string;
  location: string | null;
}

it('a store manager works a stock discrepancy from their queue: acknowledge, assign, resolve with a note', async () => {
  const admin = await apiToken(baseUrl, 'admin@demo.emporium.dev');
  // A SKU S01 holds but not its busiest one (other browser tests sell those); counting 10 more than the books
  // only adds stock, so nothing running beside this test runs short.
  const levels = await apiGet<{ items: Level[] }>(baseUrl, admin, '/inventory/levels?location=S01&limit=200');
  const sku = [...levels.items].sort((a, b) => a.available - b.available)[Math.floor(levels.items.length / 2)]?.sku as string;
  const onHand = (await apiGet<{ items: { onHand: number }[] }>(baseUrl, admin, `/inventory/levels?location=S01&sku=${encodeURIComponent(sku)}`)).items[0]?.onHand ?? 0;
  const count = await apiPost<{ number: string }>(baseUrl, admin, '/inventory/counts', { location: 'S01', lines: [{ sku, counted: onHand + 10 }] });

  const page = await newPage(browser);
  await signIn(page, baseUrl, MANAGER);
  await page.getByRole('navigation').getByRole('link', { name: /^Exceptions/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Exceptions' }).waitFor();
  await page.getByLabel('Kind').selectOption('stock_discrepancy');
  const table = page.getByRole('table', { name: 'Exception queue' });
  const row = table.getByRole('row').filter({ hasText: `${sku} is +` });
  // The queue is earliest due first: walk its pages until the new exception shows.
  for (let pageNo = 1; !(await row.count()) && pageNo < 50; pageNo += 1) {
    await table.waitFor();
    if (await row.count()) break;
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByText(`Page ${pageNo + 1}`).waitFor();
  }
  await expect.poll(() => row.textContent()).toContain(count.number);
  await expectAccessible(page);
  await shot(page, 'queue');

  await row.getByRole('button', { name: /^Acknowledge/ }).click();
  await expect.poll(() => row.textContent()).toContain('Acknowledged');

  await row.getByRole('button', { name: /^Assign/ }).click();
  const assign = page.getByRole('dialog');
  await assign.getByLabel('Assignee’s email').fill(MANAGER);
  await expectAccessible(page);
  await assign.getByRole('button', { name: 'Assign' }).click();
  await expect.poll(() => row.textContent()).toContain(MANAGER);

  await row.getByRole('button', { name: /^Resolve/ }).click();
  const resolve = page.getByRole('dialog');
  await resolve.getByRole('button', { name: 'Resolve with this note' }).click();
  // No note: the server's reason shows beside the field and nothing is resolved.
  await expect.poll(() => resolve.getByRole('alert').first().textContent()).toBeTruthy();
  await resolve.getByLabel('What was done (required)').fill('Recounted: a delivery was booked at the wrong store');
  await shot(page, 'resolve');
  await resolve.getByRole('button', { name: 'Resolve with this note' }).click();
  await expect.poll(async () => row.count()).toBe(0);

  const manager = await apiToken(baseUrl, MANAGER);
  const resolved = (await apiGet<{ items: Exception[] }>(baseUrl, manager, '/exceptions?status=resolved&kind=stock_discrepancy&location=S01&limit=500')).items.find((e) =>
    e.summary.includes(count.number),
  );
  expect(resolved).toMatchObject({ status: 'resolved', assignee: MANAGER, resolutionNote: 'Recounted: a delivery was booked at the wrong store', location: 'S01' });
  await page.close();
});
