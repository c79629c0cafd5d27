// The analyst's KPI tabs beyond sales: supplier performance and inventory accuracy, each with its table.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { apiGet, apiToken, expectAccessible, launchBrowser, newPage, signIn } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const ANALYST = 'analyst@demo.emporium.dev';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

it('an analyst opens supplier performance and inventory accuracy', async () => {
  const token = await apiToken(baseUrl, ANALYST);
  const accuracy = await apiGet<{ items: unknown[] }>(baseUrl, token, '/inventory/accuracy');
  const page = await newPage(browser);
  await signIn(page, baseUrl, ANALYST);
  const tabs = page.getByRole('list', { name: 'KPIs' });
  await tabs.getByRole('link', { name: 'Supplier performance' }).click();
  await page.getByText(/^(No vendor had lines due in this period\.|Supplier performance)$/).first().waitFor();
  await expectAccessible(page);
  await tabs.getByRole('link', { name: 'Inventory accuracy' }).click();
  if (accuracy.items.length === 0) await page.getByText('No counts yet.').waitFor();
  else await expect.poll(() => page.getByRole('table', { name: 'Inventory accuracy' }).getByRole('row').count(), { timeout: 15_000 }).toBe(accuracy.items.length + 1);
  await expectAccessible(page);
  expect(page.url()).toMatch(/\/kpis\/inventory-accuracy$/);
  await page.close();
});

it('an analyst reads a KPI of the catalogue by location, with the view in the URL', async () => {
  const token = await apiToken(baseUrl, ANALYST);
  const answer = await apiGet<{ rows: Array<{ key: string }> }>(baseUrl, token, '/kpis/gross_margin?by=location');
  const page = await newPage(browser);
  await signIn(page, baseUrl, ANALYST);
  await page.getByRole('list', { name: 'KPIs' }).getByRole('link', { name: 'Catalogue' }).click();
  await page.getByLabel('KPI', { exact: true }).selectOption('gross_margin');
  await page.getByLabel('By', { exact: true }).selectOption('location');
  await expect.poll(() => page.url()).toMatch(/kpi=gross_margin/);
  expect(page.url()).toMatch(/by=location/);
  const table = page.getByRole('table', { name: 'Gross margin by location' });
  if (answer.rows.length === 0) await page.getByText('Nothing in this period.').waitFor();
  else await expect.poll(() => table.getByRole('row').count(), { timeout: 15_000 }).toBe(answer.rows.length + 1);
  await expectAccessible(page);
  await page.screenshot({ path: '.tmp/kpi-catalogue.png', fullPage: true });
  // A lead time shows its median and 90th percentile beside the mean.
  await page.getByLabel('KPI', { exact: true }).selectOption('purchase_lead_time');
  await page.getByLabel('By', { exact: true }).selectOption('vendor');
  await page.getByRole('table', { name: 'Lead time (purchasing) by vendor' }).getByRole('columnheader', { name: '90th percentile' }).waitFor();
  // The same view from its URL alone.
  await page.goto(`${baseUrl}/kpis/catalogue?kpi=promotion_lift`);
  await page.getByRole('status').filter({ hasText: 'Promotion lift is not available yet.' }).waitFor();
  await expectAccessible(page);
  await page.close();
});
