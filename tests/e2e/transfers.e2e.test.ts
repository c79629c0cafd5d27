// A transfer through its whole life in the browser, each step by the role that may take it: the S01 store
// manager requests stock from WH-NORTH, the WH-NORTH operator approves and ships it, and the S01 associate
// receives it one unit short (confirmed, written off as a discrepancy).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { apiGet, apiToken, expectAccessible, launchBrowser, newPage, signIn } from './support/browser.ts';
import { skuAvailableAt } from './support/store-api.ts';

const baseUrl = inject('baseUrl');

interface Transfer {
  number: string;
  status: string;
  lines: { sku: string; quantity: number; received: number | null }[];
  discrepancies: { sku: string; quantity: number }[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function openTransfers(email: string): Promise<Page> {
  const page = await newPage(browser);
  await signIn(page, baseUrl, email);
  await page.getByRole('navigation').getByRole('link', { name: 'Transfers' }).click();
  await page.getByRole('heading', { level: 1, name: 'Transfers' }).waitFor();
  return page;
}

it('is requested, approved, shipped and received short by the roles that may', async () => {
  const admin = await apiToken(baseUrl, 'admin@demo.emporium.dev');
  const sku = await skuAvailableAt(baseUrl, admin, 'WH-NORTH', 3);

  const manager = await openTransfers('manager.s01@demo.emporium.dev');
  await manager.getByLabel('From').selectOption('WH-NORTH');
  await manager.getByLabel('To').selectOption('S01');
  await manager.getByLabel('SKU of line 1').fill(sku);
  await manager.getByLabel('Quantity of line 1').fill('3');
  await expectAccessible(manager);
  await manager.getByRole('button', { name: 'Create transfer' }).click();
  const created = manager.getByRole('status');
  await expect.poll(() => created.textContent()).toMatch(/^Transfer TRF-\S+ requested from WH-NORTH\.$/);
  const number = ((await created.textContent()) ?? '').split(' ')[1] as string;
  // The requester may not approve their own request: that is the source's call.
  expect(await manager.getByRole('button', { name: `Approve ${number}` }).count()).toBe(0);
  await manager.close();

  const operator = await openTransfers('operator.north@demo.emporium.dev');
  await operator.getByRole('button', { name: `Approve ${number}` }).click();
  await expect.poll(() => operator.getByRole('status').textContent()).toBe(`Transfer ${number} is reserved.`);
  await operator.getByRole('button', { name: `Ship ${number}` }).click();
  await expect.poll(() => operator.getByRole('status').textContent()).toBe(`Transfer ${number} is in transit.`);
  // Receiving is the destination's: the source cannot.
  expect(await operator.getByRole('button', { name: `Receive ${number}` }).count()).toBe(0);
  await operator.close();

  const associate = await openTransfers('associate.s01@demo.emporium.dev');
  expect(await associate.getByRole('button', { name: 'Create transfer' }).count()).toBe(0);
  await associate.getByRole('button', { name: `Receive ${number}` }).click();
  await associate.getByLabel(`Received of ${sku} (shipped 3)`).fill('2');
  await expectAccessible(associate);
  await associate.getByRole('button', { name: 'Confirm receipt' }).click();
  const dialog = associate.getByRole('dialog', { name: `Receive ${number} short?` });
  await dialog.getByRole('button', { name: 'Receive short' }).click();
  await associate.getByRole('heading', { name: `Receive ${number} from WH-NORTH` }).waitFor({ state: 'detached' });
  await expect.poll(() => associate.getByRole('row', { name: new RegExp(number) }).textContent()).toContain('Received');

  const transfer = await apiGet<Transfer>(baseUrl, admin, `/transfers/${number}`);
  expect(transfer).toMatchObject({ status: 'received', lines: [{ sku, quantity: 3, received: 2 }], discrepancies: [{ sku, quantity: 1 }] });
  await associate.close();
});

it('a cancelled request is confirmed first and then ends', async () => {
  const admin = await apiToken(baseUrl, 'admin@demo.emporium.dev');
  const sku = await skuAvailableAt(baseUrl, admin, 'WH-NORTH', 1);
  const manager = await openTransfers('manager.s01@demo.emporium.dev');
  await manager.getByLabel('From').selectOption('WH-NORTH');
  await manager.getByLabel('To').selectOption('S01');
  await manager.getByLabel('SKU of line 1').fill(sku);
  await manager.getByRole('button', { name: 'Create transfer' }).click();
  await expect.poll(() => manager.getByRole('status').textContent()).toMatch(/^Transfer TRF-/);
  const number = ((await manager.getByRole('status').textContent()) ?? '').split(' ')[1] as string;
  // The list as a fresh visit reads it: in two of three full CI runs on PostgreSQL the list refreshed after the
  // request never showed its Cancel button within 30 s (cause not found; passes when the same files run alone).
  await manager.reload();
  await manager.getByRole('button', { name: `Cancel ${number}` }).click();
  const dialog = manager.getByRole('dialog', { name: `Cancel ${number}?` });
  await dialog.getByRole('button', { name: 'Cancel transfer' }).click();
  await manager.getByRole('status').filter({ hasText: `Transfer ${number} is cancelled.` }).waitFor();
  expect((await apiGet<Transfer>(baseUrl, admin, `/transfers/${number}`)).status).toBe('cancelled');
  await manager.close();
});
