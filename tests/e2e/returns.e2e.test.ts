// A return at another store: a sale made at S02 is brought back to S01, where the associate finds it by its
// number, returns one of two units and sees the server's refund.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { apiGet, apiToken, expectAccessible, launchBrowser, newPage, signIn } from './support/browser.ts';
import { apiPost, skuAvailableAt } from './support/store-api.ts';

const baseUrl = inject('baseUrl');

interface Order {
  number: string;
}
interface Return {
  number: string;
  location: string;
  lines: { sku: string; quantity: number; reason: string; disposition: string }[];
  refund: { amount: number };
}
interface Eligibility {
  lines: { sku: string; left: number }[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

it('the S01 associate takes back one unit of a sale made at S02', async () => {
  const admin = await apiToken(baseUrl, 'admin@demo.emporium.dev');
  const sku = await skuAvailableAt(baseUrl, admin, 'S02', 2);
  const sale = await apiPost<Order>(baseUrl, admin, '/orders', { channel: 'store', location: 'S02', fulfillment: 'carry_out', tender: 'card', lines: [{ sku, quantity: 2 }] });

  const page = await newPage(browser);
  await signIn(page, baseUrl, 'associate.s01@demo.emporium.dev');
  await page.getByRole('navigation').getByRole('link', { name: 'Returns' }).click();
  await page.getByLabel('Order number').fill(sale.number);
  await page.getByRole('button', { name: 'Find order' }).click();
  const quantity = page.getByLabel(`Quantity to return of ${sku}`);
  await quantity.fill('1');
  await page.getByLabel('Reason').selectOption('wrong_size');
  await page.getByLabel('Restock').check();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Take return', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Refund a return on ${sale.number}?` });
  await dialog.getByRole('button', { name: 'Take return and refund' }).click();
  const status = page.getByRole('status');
  await expect.poll(() => status.textContent()).toMatch(/^Return RET-\S+ taken: refund /);

  const returns = await apiGet<{ items: Return[] }>(baseUrl, admin, `/returns?order=${sale.number}`);
  expect(returns.items).toHaveLength(1);
  const taken = returns.items[0] as Return;
  expect(taken).toMatchObject({ location: 'S01', lines: [{ sku, quantity: 1, reason: 'wrong_size', disposition: 'restock' }] });
  expect(await status.textContent()).toContain(taken.number);
  expect(taken.refund.amount).toBeGreaterThan(0);
  // The desk now offers what is left: one unit.
  await expect.poll(() => page.getByRole('row', { name: new RegExp(sku) }).getByRole('cell').nth(2).textContent()).toBe('1');
  const eligibility = await apiGet<Eligibility>(baseUrl, admin, `/returns/eligibility?order=${sale.number}`);
  expect(eligibility.lines[0]?.left).toBe(1);
  await page.close();
});

it('an unknown order number is named', async () => {
  const page = await newPage(browser);
  await signIn(page, baseUrl, 'associate.s01@demo.emporium.dev');
  await page.getByRole('navigation').getByRole('link', { name: 'Returns' }).click();
  await page.getByLabel('Order number').fill('SO-DOES-NOT-EXIST');
  await page.getByRole('button', { name: 'Find order' }).click();
  await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/not found/i);
  await page.close();
});
