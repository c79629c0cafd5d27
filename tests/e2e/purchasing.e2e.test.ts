// A buyer's purchase order for WH-NORTH, created and submitted through the API, is approved and sent in the
// browser by the buyer; the warehouse operator of WH-NORTH receives it in the browser — an over-receipt refused
// with the server's reason beside the line, then a partial receipt — and the API sees it partially received.
// Replenishment: a buyer runs it in the browser, changes a proposal's quantity and orders it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { apiGet, apiToken, expectAccessible, launchBrowser, newPage, signIn } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const BUYER = 'buyer@demo.emporium.dev';
const OPERATOR = 'operator.north@demo.emporium.dev';

interface PurchaseOrder {
  id: string;
  number: string;
  status: string;
  lines: { sku: string; quantity: number; received: number }[];
}

// The machine running the suite may be busy: a change shows within this, not the poll's default second.
const SLOW = { timeout: 15_000 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function apiPost<T>(token: string, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify(body),
  });
  expect(response.status, `POST ${path}: ${await response.clone().text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

it('a PO is approved and sent by the buyer, then partly received by the warehouse; an over-receipt is refused', async () => {
  const buyerToken = await apiToken(baseUrl, BUYER);
  // The demo has no vendors: each run brings its own.
  const vendor = await apiPost<{ code: string }>(buyerToken, '/vendors', { code: `E2E-${Date.now()}`, name: 'Browser suite supplies' });
  const products = await apiGet<{ items: { sku: string }[] }>(baseUrl, buyerToken, '/products?limit=1');
  const sku = products.items[0]?.sku ?? '';
  const created = await apiPost<PurchaseOrder>(buyerToken, '/purchase-orders', { vendor: vendor.code, location: 'WH-NORTH', lines: [{ sku, quantity: 10, unitCost: 500 }] });
  const submitted = await apiPost<PurchaseOrder>(buyerToken, `/purchase-orders/${created.number}/submit`, {});
  expect(submitted.status).toBe('to_approve');

  const buyer = await newPage(browser);
  await signIn(buyer, baseUrl, BUYER);
  await buyer.getByRole('list', { name: 'Purchasing' }).getByRole('link', { name: 'Approvals' }).click();
  await buyer.getByRole('link', { name: created.number }).click();
  await expect.poll(() => buyer.getByTestId('po-status').textContent(), SLOW).toBe('to approve');
  await expectAccessible(buyer);
  await buyer.getByRole('button', { name: 'Approve' }).click();
  await expect.poll(() => buyer.getByTestId('po-status').textContent(), SLOW).toBe('approved');
  await buyer.getByRole('button', { name: 'Send to vendor' }).click();
  await expect.poll(() => buyer.getByTestId('po-status').textContent(), SLOW).toBe('sent');
  expect(await buyer.getByRole('form', { name: 'Receive goods' }).count(), 'a buyer does not receive').toBe(0);
  await buyer.close();

  const operator = await newPage(browser);
  await signIn(operator, baseUrl, OPERATOR);
  await operator.goto(`${baseUrl}/purchasing?status=sent`);
  await operator.getByRole('link', { name: created.number }).click();
  const quantity = operator.getByLabel(`Receive ${sku}`);
  await quantity.fill('1000');
  await operator.getByRole('button', { name: 'Post receipt' }).click();
  await expect.poll(() => operator.getByText(/^at most \d+ in all$/).count(), SLOW).toBe(1);
  expect(await quantity.getAttribute('aria-invalid')).toBe('true');
  await quantity.fill('4');
  await operator.getByRole('button', { name: 'Post receipt' }).click();
  await expect.poll(() => operator.getByTestId('po-status').textContent(), SLOW).toBe('partially received');
  expect(await quantity.inputValue(), 'the form now offers what is still expected').toBe('6');
  await expectAccessible(operator);
  await operator.close();

  const after = await apiGet<PurchaseOrder>(baseUrl, buyerToken, `/purchase-orders/${created.number}`);
  expect(after.status).toBe('partially_received');
  expect(after.lines[0]).toMatchObject({ sku, quantity: 10, received: 4 });
});

it('a buyer runs replenishment, changes a proposal’s quantity and orders it', async () => {
  const token = await apiToken(baseUrl, BUYER);
  const vendor = await apiPost<{ code: string }>(token, '/vendors', { code: `E2E-R-${Date.now()}`, name: 'Browser suite replenishment' });
  // A product of its own per run (the rule is per SKU and location), so a server kept between runs works too.
  const products = await apiGet<{ items: { sku: string }[] }>(baseUrl, token, '/products?limit=200');
  const sku = products.items[Date.now() % products.items.length]?.sku ?? '';
  await apiPost(token, `/vendors/${vendor.code}/products`, { sku, unitCost: 321, preferred: true });
  await apiPost(token, '/reorder-rules', { sku, location: 'WH-NORTH', min: 1_000_000, max: 1_000_000, trigger: 'manual', source: 'purchase' });

  const page = await newPage(browser);
  await signIn(page, baseUrl, BUYER);
  await page.goto(`${baseUrl}/purchasing/replenishment`);
  await page.getByRole('button', { name: 'Run replenishment' }).click();
  await page.getByText(/^Run done in/).waitFor();
  const quantity = page.getByLabel(`Quantity of ${sku} for WH-NORTH`);
  await quantity.fill('7');
  await page.getByRole('button', { name: 'Change' }).click();
  await expect.poll(() => page.getByRole('button', { name: 'Change' }).count(), SLOW).toBe(0);
  expect(await quantity.inputValue()).toBe('7');
  await expectAccessible(page);

  await page.getByRole('button', { name: `Order ${sku}` }).click();
  const ordered = page.getByRole('status').getByRole('link', { name: /^PO-/ });
  await ordered.waitFor();
  const number = ((await ordered.textContent()) ?? '').trim();
  const order = await apiGet<PurchaseOrder & { vendor: string; location: string }>(baseUrl, token, `/purchase-orders/${number}`);
  expect(order).toMatchObject({ vendor: vendor.code, location: 'WH-NORTH' });
  expect(order.lines).toEqual([expect.objectContaining({ sku, quantity: 7 })]);
  await page.close();
});
