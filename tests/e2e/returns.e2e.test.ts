// A return at another store: a sale made at S02 is brought back to S01, where the associate finds it by its
// number, returns one of two units and sees the server's refund.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { apiGet, apiToken, expectAccessible, launchBrowser, newPage, signIn } from './support/browser.ts';
import { apiPost, skusAvailableAt } from './support/store-api.ts';

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
  const [sku, other] = (await skusAvailableAt(baseUrl, admin, 'S02', 2, 2)) as [string, string];
  const sale = await apiPost<Order>(baseUrl, admin, '/orders', {
    channel: 'store',
    location: 'S02',
    fulfillment: 'carry_out',
    tender: 'card',
    lines: [{ sku, quantity: 2 }, { sku: other, quantity: 1 }],
  });

  const page = await newPage(browser);
  await signIn(page, baseUrl, 'associate.s01@demo.emporium.dev');
  await page.getByRole('navigation').getByRole('link', { name: 'Returns' }).click();
  await page.getByLabel('Order number').fill(sale.number);
  await page.getByRole('button', { name: 'Find order' }).click();
  // Each line has its own quantity, reason and destination.
  const line = (code: string) => page.getByRole('group', { name: new RegExp(`^${code}:`) });
  await line(sku).getByLabel('Quantity to return').fill('1');
  await line(sku).getByLabel('Reason').selectOption('wrong_size');
  await line(sku).getByLabel('The goods').selectOption('restock');
  await line(other).getByLabel('Quantity to return').fill('1');
  await line(other).getByLabel('Reason').selectOption('damaged');
  await line(other).getByLabel('The goods').selectOption('scrap');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Take return', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Refund a return on ${sale.number}?` });
  await dialog.getByRole('button', { name: 'Take return and refund' }).click();
  const status = page.getByRole('status');
  await expect.poll(() => status.textContent()).toMatch(/^Return RET-\S+ taken: refund /);

  const returns = await apiGet<{ items: Return[] }>(baseUrl, admin, `/returns?order=${sale.number}`);
  expect(returns.items).toHaveLength(1);
  const taken = returns.items[0] as Return;
  expect(taken.location).toBe('S01');
  expect(taken.lines).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ sku, quantity: 1, reason: 'wrong_size', disposition: 'restock' }),
      expect.objectContaining({ sku: other, quantity: 1, reason: 'damaged', disposition: 'scrap' }),
    ]),
  );
  expect(taken.lines).toHaveLength(2);
  expect(await status.textContent()).toContain(taken.number);
  expect(taken.refund.amount).toBeGreaterThan(0);
  // The desk now offers what is left: one unit.
  await expect.poll(() => line(sku).locator('legend').textContent()).toMatch(/: 1 of 2 left to return/);
  await expect.poll(() => line(other).getByLabel('Quantity to return').isDisabled()).toBe(true);
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
