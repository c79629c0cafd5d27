// A store associate sells by barcode at the till and takes cash; the order exists in the books, the trial balance
// still balances, and a store manager cannot open another store's order.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { apiGet, apiToken, expectAccessible, launchBrowser, newPage, signIn } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const ASSOCIATE = 'associate.s01@demo.emporium.dev';

interface Level {
  sku: string;
  location: string;
  available: number;
}
interface Product {
  sku: string;
  barcode: string | null;
}
interface Order {
  number: string;
  status: string;
  channel: string;
  location: string | null;
  totals: { total: number };
  payment: { method: string };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function productInStockAtS01(token: string): Promise<Product> {
  const levels = await apiGet<{ items: Level[] }>(baseUrl, token, '/inventory/levels?location=S01&limit=500');
  const best = levels.items.reduce<Level | undefined>((most, level) => (level.available > (most?.available ?? 1) ? level : most), undefined);
  if (!best) throw new Error('The demo has no SKU with two or more available at S01');
  return apiGet<Product>(baseUrl, token, `/products/${encodeURIComponent(best.sku)}`);
}

it('sells two of an item scanned by barcode, paid in cash, with change due', async () => {
  const token = await apiToken(baseUrl, ASSOCIATE);
  const product = await productInStockAtS01(token);
  const page = await newPage(browser);
  await signIn(page, baseUrl, ASSOCIATE);
  const barcode = page.getByLabel('Barcode');
  await barcode.fill(product.barcode ?? '');
  await barcode.press('Enter');
  await barcode.fill(product.barcode ?? '');
  await barcode.press('Enter');
  await expect.poll(() => page.getByRole('spinbutton', { name: new RegExp(product.sku) }).inputValue()).toBe('2');
  // Before paying, the till shows the server's quote of the basket; paying charges exactly that.
  const pay = page.getByRole('button', { name: /^Pay / });
  await pay.waitFor();
  const quotedTotal = ((await pay.textContent()) ?? '').replace(/^Pay /, '');
  expect(await page.getByRole('table', { name: 'Basket' }).getByRole('row', { name: /^Total/ }).textContent()).toContain(quotedTotal);
  await expectAccessible(page);

  await pay.click();
  const receipt = page.getByRole('article', { name: /^Receipt SO-/ });
  await receipt.waitFor();
  const number = ((await receipt.getAttribute('aria-label')) ?? '').replace('Receipt ', '');
  const order = await apiGet<Order>(baseUrl, token, `/orders/${number}`);
  expect(order).toMatchObject({ status: 'completed', channel: 'store', location: 'S01', payment: { method: 'cash' } });
  expect(await receipt.getByRole('row', { name: /^Total/ }).textContent()).toContain(quotedTotal);

  await page.getByLabel('Cash received').fill(String(Math.ceil(order.totals.total / 100) + 10));
  await expect.poll(() => receipt.getByText(/^Change due/).textContent()).toMatch(/Change due/);
  await expectAccessible(page);
  await page.close();
});

it('a wrong barcode is named, and nothing is added', async () => {
  const page = await newPage(browser);
  await signIn(page, baseUrl, ASSOCIATE);
  const barcode = page.getByLabel('Barcode');
  await barcode.fill('0000000000000');
  await barcode.press('Enter');
  await expect.poll(() => page.getByText('Nothing has the code 0000000000000.').count()).toBe(1);
  expect(await page.getByRole('button', { name: /^Pay/ }).count()).toBe(0);
  await page.close();
});

it('finance sees a balanced trial balance', async () => {
  const page = await newPage(browser);
  await signIn(page, baseUrl, 'finance@demo.emporium.dev');
  await page.getByRole('navigation').getByRole('link', { name: 'Finance' }).click();
  await expect.poll(() => page.getByText(/· balanced$/).count()).toBe(1);
  await page.close();
});

it('a store manager cannot open another store’s order', async () => {
  const adminToken = await apiToken(baseUrl, 'admin@demo.emporium.dev');
  const otherStore = await apiGet<{ items: Order[] }>(baseUrl, adminToken, '/orders?location=S02&limit=1');
  const foreign = otherStore.items[0];
  expect(foreign, 'the demo has an order at S02').toBeDefined();
  const page = await newPage(browser);
  await signIn(page, baseUrl, 'manager.s01@demo.emporium.dev');
  await page.goto(`${baseUrl}/orders/${foreign?.number}`);
  await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/not found/i);
  await page.close();
});
