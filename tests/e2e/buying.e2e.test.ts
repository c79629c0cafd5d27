// The buyer's day beyond approving and receiving: a purchase order drafted in the browser from a vendor's supplier
// info (its price fills the unit cost; an unknown SKU is refused beside its line), a supplier-info row added on the
// vendor's page, a reorder rule's min edited inline (a min above max refused beside the cell) and re-read through
// the API, and accounts payable recording a vendor bill against a received order whose price differs — the
// three-way match holds it with a price exception, which the Vendor bills tab lists and rejects after confirming.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { apiGet, apiToken, expectAccessible, launchBrowser, newPage, signIn } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const BUYER = 'buyer@demo.emporium.dev';
const FINANCE = 'finance@demo.emporium.dev';
const OPERATOR = 'operator.north@demo.emporium.dev';
const SLOW = { timeout: 15_000 };
const SHOTS = process.env.E2E_SCREENSHOTS;

interface PurchaseOrder {
  id: string;
  number: string;
  status: string;
  vendor: string;
  location: string;
  lines: { sku: string; quantity: number; unitCost: number; received: number; billed: number }[];
}

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

/** A product of its own per test and run (rules and supplier info are per SKU), so a kept server works too. */
async function someSku(token: string, salt: number): Promise<string> {
  const products = await apiGet<{ items: { sku: string }[] }>(baseUrl, token, '/products?limit=200');
  return products.items[(Date.now() + salt) % products.items.length]?.sku ?? '';
}

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/buying-${name}.png`, fullPage: true });
}

const unique = (prefix: string) => `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1000)}`;

it('a buyer drafts a purchase order for a vendor’s product, the unit cost filled from its supplier info', async () => {
  const token = await apiToken(baseUrl, BUYER);
  const vendor = await apiPost<{ code: string; name: string }>(token, '/vendors', { code: unique('E2E-PO'), name: 'Browser suite orders' });
  const sku = await someSku(token, 1);
  await apiPost(token, `/vendors/${vendor.code}/products`, { sku, unitCost: 432, minOrderQuantity: 2, orderMultiple: 2 });

  const page = await newPage(browser);
  await signIn(page, baseUrl, BUYER);
  await page.getByRole('list', { name: 'Purchasing' }).getByRole('link', { name: 'New purchase order' }).click();
  await page.getByLabel('Vendor').selectOption(vendor.code);
  await page.getByLabel('Deliver to').selectOption('WH-NORTH');
  await page.getByLabel('SKU of line 1').fill('NO-SUCH-SKU-E2E');
  await page.getByRole('button', { name: 'Create draft' }).click();
  const skuField = page.getByLabel('SKU of line 1');
  await expect.poll(() => skuField.getAttribute('aria-invalid'), SLOW).toBe('true');

  await skuField.fill(sku);
  expect(await skuField.getAttribute('aria-invalid'), 'the refusal no longer applies to the changed field').toBeNull();
  await expect.poll(() => page.getByLabel('Unit cost of line 1').inputValue(), SLOW).toBe('4.32');
  await page.getByLabel('Quantity of line 1').fill('6');
  await expectAccessible(page);
  await shot(page, 'new-po');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await page.waitForURL(/\/purchasing\/orders\/PO-\d+$/, SLOW);
  await expect.poll(() => page.getByTestId('po-status').textContent(), SLOW).toBe('draft');
  const number = page.url().split('/').at(-1) ?? '';
  const row = page.getByRole('table', { name: 'Lines' }).getByRole('row', { name: new RegExp(`^${sku} `) });
  await expect.poll(() => row.getByRole('cell').nth(1).textContent(), SLOW).toBe('6');
  await page.close();

  const order = await apiGet<PurchaseOrder>(baseUrl, token, `/purchase-orders/${number}`);
  expect(order).toMatchObject({ status: 'draft', vendor: vendor.code, location: 'WH-NORTH' });
  expect(order.lines).toEqual([expect.objectContaining({ sku, quantity: 6, unitCost: 432 })]);
});

it('a buyer adds a supplier-info row on a vendor’s page', async () => {
  const token = await apiToken(baseUrl, BUYER);
  const vendor = await apiPost<{ code: string }>(token, '/vendors', { code: unique('E2E-V'), name: 'Browser suite vendor' });
  const sku = await someSku(token, 2);

  const page = await newPage(browser);
  await signIn(page, baseUrl, BUYER);
  await page.getByRole('list', { name: 'Purchasing' }).getByRole('link', { name: 'Vendors' }).click();
  await page.getByRole('table', { name: 'Vendors' }).waitFor(SLOW);
  await expectAccessible(page);
  await shot(page, 'vendors');
  await page.goto(`${baseUrl}/purchasing/vendors/${vendor.code}`);
  await page.getByText('This vendor supplies no product yet.').waitFor(SLOW);
  await page.getByLabel('SKU', { exact: true }).fill(sku);
  await page.getByLabel('Vendor SKU').fill('ACME-1');
  await page.getByLabel('Unit cost').fill('7.50');
  await page.getByLabel('Minimum order quantity').fill('12');
  await page.getByLabel('Order multiple').fill('6');
  await page.getByLabel('Lead time (days)').fill('9');
  await page.getByLabel('Preferred vendor of this product').check();
  await page.getByRole('button', { name: 'Save supplier info' }).click();
  const row = page.getByRole('table', { name: 'Supplier info' }).getByRole('row', { name: new RegExp(`^${sku} `) });
  await row.waitFor(SLOW);
  await page.getByText(`Supplier info of ${sku} saved.`).waitFor(SLOW);
  expect(await page.getByLabel('SKU', { exact: true }).inputValue(), 'the form is ready for the next row').toBe('');
  await expectAccessible(page);
  await shot(page, 'vendor');
  await page.close();

  const supplied = await apiGet<{ items: unknown[] }>(baseUrl, token, `/vendors/${vendor.code}/products`);
  expect(supplied.items).toEqual([expect.objectContaining({ sku, vendorSku: 'ACME-1', unitCost: 750, minOrderQuantity: 12, orderMultiple: 6, leadTimeDays: 9, preferred: true })]);
});

it('a buyer edits a reorder rule’s min inline; a min above max is refused beside the cell', async () => {
  const token = await apiToken(baseUrl, BUYER);
  const sku = await someSku(token, 3);
  // Inactive, so no replenishment run of the other tests acts on it; the edit keeps it so.
  await apiPost(token, '/reorder-rules', { sku, location: 'WH-SOUTH', min: 5, max: 20, trigger: 'manual', source: 'purchase', active: false });

  const page = await newPage(browser);
  await signIn(page, baseUrl, BUYER);
  await page.getByRole('list', { name: 'Purchasing' }).getByRole('link', { name: 'Reorder rules' }).click();
  await page.getByLabel('SKU').fill(sku);
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.getByLabel('Location').selectOption('WH-SOUTH');
  await expect.poll(() => page.url()).toContain(`sku=${encodeURIComponent(sku)}`);
  await page.getByRole('button', { name: `Edit ${sku} at WH-SOUTH` }).click();
  await page.getByLabel('Min', { exact: true }).fill('50');
  await page.getByRole('button', { name: `Save ${sku}` }).click();
  await expect.poll(() => page.getByLabel('Max', { exact: true }).getAttribute('aria-invalid'), SLOW).toBe('true');
  expect(await page.getByText('must be at least min').count()).toBe(1);
  await expectAccessible(page);
  await shot(page, 'reorder-rules-error');

  await page.getByLabel('Min', { exact: true }).fill('7');
  await page.getByRole('button', { name: `Save ${sku}` }).click();
  await expect.poll(() => page.getByLabel('Min', { exact: true }).count(), SLOW).toBe(0);
  const row = page.getByRole('table', { name: 'Reorder rules' }).getByRole('row', { name: new RegExp(`^${sku} WH-SOUTH`) });
  expect(await row.getByRole('cell').nth(2).textContent()).toBe('7');
  await expectAccessible(page);
  await page.close();

  const rules = await apiGet<{ items: { min: number; max: number }[] }>(baseUrl, token, `/reorder-rules?sku=${encodeURIComponent(sku)}&location=WH-SOUTH`);
  expect(rules.items).toEqual([expect.objectContaining({ min: 7, max: 20, active: false })]);
});

it('finance records a vendor bill against a received order: a price mismatch holds it, and it is rejected after confirming', async () => {
  const buyer = await apiToken(baseUrl, BUYER);
  const vendor = await apiPost<{ code: string }>(buyer, '/vendors', { code: unique('E2E-B'), name: 'Browser suite billing' });
  const sku = await someSku(buyer, 4);
  const created = await apiPost<PurchaseOrder>(buyer, '/purchase-orders', { vendor: vendor.code, location: 'WH-NORTH', lines: [{ sku, quantity: 5, unitCost: 500 }] });
  await apiPost(buyer, `/purchase-orders/${created.number}/submit`, {});
  let order = await apiGet<PurchaseOrder>(baseUrl, buyer, `/purchase-orders/${created.number}`);
  if (order.status === 'to_approve') await apiPost(buyer, `/purchase-orders/${created.number}/approve`, {});
  await apiPost(buyer, `/purchase-orders/${created.number}/send`, {});
  const operator = await apiToken(baseUrl, OPERATOR);
  await apiPost(operator, '/receipts', { purchaseOrder: created.number, lines: [{ sku, quantity: 5 }] });
  order = await apiGet<PurchaseOrder>(baseUrl, buyer, `/purchase-orders/${created.number}`);
  expect(order.status).toBe('received');

  const page = await newPage(browser);
  await signIn(page, baseUrl, FINANCE);
  await page.goto(`${baseUrl}/purchasing/orders/${created.number}`);
  const form = page.getByRole('form', { name: 'Record vendor bill' });
  await form.waitFor(SLOW);
  const reference = unique('INV');
  await form.getByLabel('Vendor’s invoice number').fill(reference);
  expect(await form.getByLabel(`Quantity billed of ${sku}`).inputValue(), 'what was received and not billed').toBe('5');
  await form.getByLabel(`Unit price billed of ${sku}`).fill('6.50');
  await form.getByRole('button', { name: 'Record bill' }).click();
  const result = page.getByTestId('bill-result');
  await expect.poll(() => result.textContent(), SLOW).toMatch(/on hold/);
  expect(await result.textContent()).toContain(`Price mismatch on ${sku}`);
  await expectAccessible(page);
  await shot(page, 'bill-form');

  await page.getByRole('list', { name: 'Purchasing' }).getByRole('link', { name: 'Vendor bills' }).click();
  const held = page.getByRole('table', { name: 'Bills on hold: three-way-match exceptions' });
  const bill = held.getByRole('row').filter({ hasText: created.number });
  await bill.waitFor(SLOW);
  expect(await bill.textContent()).toContain(`Price mismatch on ${sku}`);
  await expectAccessible(page);
  await shot(page, 'bills');
  const number = ((await bill.getByRole('cell').first().textContent()) ?? '').trim();
  await bill.getByRole('button', { name: new RegExp(`^Reject ${number}`) }).click();
  const dialog = page.getByRole('dialog', { name: `Reject ${number}?` });
  await dialog.getByLabel('Why (required)').fill('Price not agreed');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: `Reject and void ${number}` }).click();
  await expect.poll(() => held.getByRole('row').filter({ hasText: created.number }).count(), SLOW).toBe(0);
  await page.close();

  const after = await apiGet<{ status: string; exceptions: { kind: string }[] }>(baseUrl, buyer, `/vendor-bills/${number}`);
  expect(after.status).toBe('rejected');
  expect(after.exceptions.map((exception) => exception.kind)).toContain('price');
});

it('a run’s transfer draft is listed on the replenishment tab and dismissed after confirming', async () => {
  const buyer = await apiToken(baseUrl, BUYER);
  const sku = await someSku(buyer, 5);
  // A store rule the run turns into a draft transfer from the warehouse at once (auto); deactivated afterwards.
  const rule = { sku, location: 'S05', min: 1_000_000, max: 1_000_000, trigger: 'auto', source: 'transfer', sourceLocation: 'WH-SOUTH' };
  await apiPost(buyer, '/reorder-rules', rule);
  try {
    await apiPost(buyer, '/replenishment/runs', { note: 'browser suite: transfer drafts' });
    const drafts = await apiGet<{ items: { number: string; lines: { sku: string }[] }[] }>(baseUrl, buyer, '/replenishment/transfer-drafts?to=S05&status=draft&limit=500');
    const draft = drafts.items.find((item) => item.lines.some((line) => line.sku === sku));
    expect(draft, 'the run drafted a transfer').toBeDefined();
    const number = draft?.number ?? '';

    const page = await newPage(browser);
    await signIn(page, baseUrl, 'admin@demo.emporium.dev');
    await page.goto(`${baseUrl}/purchasing/replenishment`);
    const table = page.getByRole('table', { name: 'Draft transfers of replenishment runs' });
    const row = table.getByRole('row').filter({ hasText: number });
    await row.waitFor(SLOW);
    await expectAccessible(page);
    await shot(page, 'replenishment');
    await row.getByRole('button', { name: new RegExp(`^Dismiss ${number}`) }).click();
    const dialog = page.getByRole('dialog', { name: `Dismiss ${number}?` });
    await dialog.getByLabel('Why (required)').fill('Not needed this week');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: `Dismiss ${number}` }).click();
    await expect.poll(() => table.getByRole('row').filter({ hasText: number }).count(), SLOW).toBe(0);
    await page.close();

    const after = await apiGet<{ status: string; note: string }>(baseUrl, buyer, `/replenishment/transfer-drafts/${number}`);
    expect(after).toMatchObject({ status: 'dismissed', note: 'Not needed this week' });
  } finally {
    await apiPost(buyer, '/reorder-rules', { ...rule, active: false });
  }
});

it('the new screens fit 768 px without horizontal overflow', async () => {
  const page = await newPage(browser, 768, 1000);
  await signIn(page, baseUrl, BUYER);
  for (const path of ['/purchasing/new', '/purchasing/vendors', '/purchasing/reorder-rules', '/purchasing/bills']) {
    await page.goto(`${baseUrl}${path}`);
    await page.getByRole('list', { name: 'Purchasing' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), path).toBe(true);
    await shot(page, `768${path.replaceAll('/', '-')}`);
  }
  await page.close();
});
