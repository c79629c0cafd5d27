// "Who has this?": the S01 associate looks a product up and sees what other stores and warehouses have
// available, as the network availability API reports it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { apiGet, apiToken, expectAccessible, launchBrowser, newPage, signIn } from './support/browser.ts';
import { skuAvailableAt } from './support/store-api.ts';

const baseUrl = inject('baseUrl');

const BUSY = ['S01', 'S02', 'WH-NORTH'];

interface Availability {
  locations: { code: string; available: number }[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

it('an associate sees which other locations have a product available', async () => {
  const admin = await apiToken(baseUrl, 'admin@demo.emporium.dev');
  const sku = await skuAvailableAt(baseUrl, admin, 'S03', 1);
  const network = await apiGet<Availability>(baseUrl, admin, `/inventory/availability?sku=${encodeURIComponent(sku)}`);
  // The other browser tests sell, reserve and move stock at these while this one runs: their figures may change.
  const elsewhere = network.locations.filter((location) => !BUSY.includes(location.code) && location.available > 0);
  expect(elsewhere.map((location) => location.code)).toContain('S03');

  const page = await newPage(browser);
  await signIn(page, baseUrl, 'associate.s01@demo.emporium.dev');
  await page.getByRole('navigation').getByRole('link', { name: 'Stock' }).click();
  await page.getByLabel('SKU').fill(sku);
  await page.getByRole('button', { name: 'Look up' }).click();
  const table = page.getByRole('table', { name: 'Available across the network' });
  await table.waitFor();
  for (const location of elsewhere) {
    const row = table.getByRole('row', { name: new RegExp(`^${location.code} ·`) });
    await expect.poll(() => row.getByRole('cell').last().textContent()).toBe(String(location.available));
  }
  await expectAccessible(page);
  await page.close();
});

it('an unknown product is named, not an empty table', async () => {
  const page = await newPage(browser);
  await signIn(page, baseUrl, 'associate.s01@demo.emporium.dev');
  await page.getByRole('navigation').getByRole('link', { name: 'Stock' }).click();
  await page.getByLabel('SKU').fill('NO-SUCH-SKU');
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/not found/i);
  await page.close();
});
