// The Stock area's work for the warehouse and the store: the WH-NORTH operator ships a web order and a transfer
// from the ship queue, a store manager posts a count sheet and sees the server's variance, and low stock lists
// the SKUs at or below their reorder min. Each test creates its own documents: other browser tests move stock
// at S01 and WH-NORTH while these run.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { apiGet, apiToken, expectAccessible, launchBrowser, newPage, signIn } from './support/browser.ts';
import { apiPost, skuAvailableAt } from './support/store-api.ts';

const baseUrl = inject('baseUrl');

interface Level {
  sku: string;
  onHand: number;
  reserved: number;
  available: number;
}

interface Count {
  number: string;
  location: string;
  lines: { sku: string; counted: number; onHandAtCount: number; variance: number }[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function openStockTab(email: string, tab: string): Promise<Page> {
  const page = await newPage(browser);
  await signIn(page, baseUrl, email);
  await page.getByRole('navigation').getByRole('link', { name: 'Stock' }).click();
  await page.getByRole('list', { name: 'Stock' }).getByRole('link', { name: tab }).click();
  return page;
}

it('the warehouse operator ships a web order and a transfer from the ship queue', async () => {
  const admin = await apiToken(baseUrl, 'admin@demo.emporium.dev');
  const sku = await skuAvailableAt(baseUrl, admin, 'WH-NORTH', 2);
  const order = await apiPost<{ number: string; status: string }>(baseUrl, admin, '/orders', {
    channel: 'web',
    fulfillment: 'ship',
    location: 'WH-NORTH',
    customer: { email: `ship-queue-${Date.now()}@example.com`, name: 'Queue Tester' },
    lines: [{ sku, quantity: 1 }],
  });
  expect(order.status).toBe('reserved');
  const transfer = await apiPost<{ number: string; status: string }>(baseUrl, admin, '/transfers', { from: 'WH-NORTH', to: 'S02', lines: [{ sku, quantity: 1 }] });
  expect(transfer.status).toBe('reserved');

  const page = await newPage(browser);
  await signIn(page, baseUrl, 'operator.north@demo.emporium.dev');
  // The operator's home stays Stock.
  await page.waitForURL(/\/stock$/);
  await page.getByRole('list', { name: 'Stock' }).getByRole('link', { name: 'Ship queue' }).click();
  await page.waitForURL(/\/stock\/ship/);
  const orders = page.getByRole('table', { name: 'Orders reserved at WH-NORTH for shipping' });
  const row = orders.getByRole('row', { name: new RegExp(order.number) });
  await row.waitFor();
  expect(await row.textContent()).toContain(`1 × ${sku}`);
  await page.getByRole('table', { name: 'Transfers reserved at WH-NORTH to ship' }).getByRole('row', { name: new RegExp(transfer.number) }).waitFor();
  await expectAccessible(page);

  await row.getByRole('button', { name: `Ship ${order.number}` }).click();
  const dialog = page.getByRole('dialog', { name: `Ship ${order.number}?` });
  await dialog.getByRole('button', { name: 'Ship order' }).click();
  await expect.poll(() => page.getByRole('status').textContent()).toBe(`${order.number} shipped.`);
  await orders.getByRole('row', { name: new RegExp(order.number) }).waitFor({ state: 'detached' });
  expect((await apiGet<{ status: string }>(baseUrl, admin, `/orders/${order.number}`)).status).toBe('completed');

  await page.getByRole('button', { name: `Ship ${transfer.number}` }).click();
  await page.getByRole('dialog', { name: `Ship ${transfer.number}?` }).getByRole('button', { name: 'Ship transfer' }).click();
  await expect.poll(() => page.getByRole('status').textContent()).toBe(`${transfer.number} shipped.`);
  expect((await apiGet<{ status: string }>(baseUrl, admin, `/transfers/${transfer.number}`)).status).toBe('in_transit');
  await page.close();
});

it('a store manager posts a count sheet with one variance and sees it', async () => {
  const manager = await apiToken(baseUrl, 'manager.s01@demo.emporium.dev');
  const levels = await apiGet<{ items: Level[] }>(baseUrl, manager, '/inventory/levels?location=S01&limit=500');
  // Quiet SKUs: nothing reserved and few units, so the other tests (which sell the best-stocked SKU) leave them be.
  const quiet = levels.items.filter((level) => level.reserved === 0 && level.onHand >= 2).sort((a, b) => a.onHand - b.onHand || a.sku.localeCompare(b.sku));
  const [short, matching] = quiet as [Level, Level];
  expect(matching).toBeDefined();

  const page = await openStockTab('manager.s01@demo.emporium.dev', 'Counts');
  await page.waitForURL(/\/stock\/counts/);
  // Store staff read their locations' reorder rules: the manager has the low stock tab too.
  expect(await page.getByRole('list', { name: 'Stock' }).getByRole('link', { name: 'Low stock' }).count()).toBe(1);
  await page.getByLabel('Count at', { exact: true }).selectOption('S01');
  await page.getByLabel('SKUs to count (optional, separated by spaces)').fill(`${short.sku} ${matching.sku}`);
  await page.getByRole('button', { name: 'Start sheet' }).click();
  await page.getByLabel(`Counted ${short.sku}`, { exact: true }).fill(String(short.onHand - 1));
  await page.getByLabel(`Counted ${matching.sku}`, { exact: true }).fill(String(matching.onHand));
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Post count' }).click();
  const dialog = page.getByRole('dialog', { name: 'Post count at S01?' });
  expect(await dialog.textContent()).toContain(`${short.sku} \u22121`);
  await dialog.getByRole('button', { name: 'Post count' }).click();

  const status = page.getByRole('status');
  await expect.poll(() => status.textContent()).toMatch(/^Count \S+ posted at S01: 1 of 2 lines differ from the books/);
  const number = ((await status.textContent()) ?? '').split(' ')[1] as string;
  const variances = page.getByRole('table', { name: `Variances of count ${number}` });
  const cells = await variances.getByRole('row', { name: new RegExp(`^${short.sku} `) }).getByRole('cell').allTextContents();
  expect(cells.slice(0, 4)).toEqual([short.sku, String(short.onHand), String(short.onHand - 1), '\u22121']);
  await expect.poll(() => page.getByRole('table', { name: 'Posted counts' }).getByRole('row', { name: new RegExp(number) }).textContent()).toContain(`${short.sku} \u22121`);
  await expectAccessible(page);

  const counts = await apiGet<{ items: Count[] }>(baseUrl, manager, '/inventory/counts?location=S01&limit=5');
  const posted = counts.items.find((count) => count.number === number);
  expect(posted?.lines).toEqual([
    { sku: short.sku, counted: short.onHand - 1, onHandAtCount: short.onHand, variance: -1, value: expect.any(Number) },
    { sku: matching.sku, counted: matching.onHand, onHandAtCount: matching.onHand, variance: 0, value: 0 },
  ]);
  await page.close();
});

it('an associate reads counts but has no count sheet', async () => {
  const page = await openStockTab('associate.s01@demo.emporium.dev', 'Counts');
  await page.getByRole('heading', { name: 'Posted counts' }).waitFor();
  expect(await page.getByRole('heading', { name: 'Count sheet' }).count()).toBe(0);
  await page.close();
});

it('low stock lists the SKUs at or below their reorder min', async () => {
  // The demo has no reorder rules: one of our own, manual (a replenishment run only proposes, never orders), with
  // a min no stock reaches — the same kind of rule the purchasing test sets, so sharing a SKU with it is harmless.
  const admin = await apiToken(baseUrl, 'admin@demo.emporium.dev');
  const sku = await skuAvailableAt(baseUrl, admin, 'WH-NORTH', 1);
  await apiPost(baseUrl, admin, '/reorder-rules', { sku, location: 'WH-NORTH', min: 1_000_000, max: 1_000_000, trigger: 'manual', source: 'purchase' });

  const page = await openStockTab('operator.north@demo.emporium.dev', 'Low stock');
  await page.waitForURL(/\/stock\/low/);
  const row = page.getByRole('table', { name: 'Low stock at WH-NORTH' }).getByRole('row', { name: new RegExp(`^${sku} `) });
  await row.waitFor();
  const [shownSku, available, , min, max] = (await row.getByRole('cell').allTextContents()) as [string, string, string, string, string];
  expect([shownSku, min, max]).toEqual([sku, '1000000', '1000000']);
  expect(Number(available)).toBeGreaterThan(0);
  expect(await row.getByRole('cell').last().textContent()).toBe('Purchase (manual)');
  await expectAccessible(page);
  await page.close();
});
