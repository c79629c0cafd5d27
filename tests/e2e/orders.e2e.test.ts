// The service desk: an agent finds a customer's orders by their email, opens one and sees its timeline; an order
// number typed in the same search opens that order directly.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { apiGet, apiToken, expectAccessible, launchBrowser, newPage, signIn } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const AGENT = 'service@demo.emporium.dev';

interface Order {
  number: string;
  customer: { email: string } | null;
  events: { type: string }[];
}

// The machine running the suite may be busy: a search answers within this, not the poll's default second.
const SLOW = { timeout: 15_000 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

it('a service agent finds an order by the customer’s email and opens it', async () => {
  const token = await apiToken(baseUrl, AGENT);
  const web = await apiGet<{ items: Order[] }>(baseUrl, token, '/orders?channel=web&limit=20');
  const email = web.items.find((order) => order.customer)?.customer?.email ?? '';
  expect(email, 'the demo has web orders with customers').not.toBe('');
  const theirs = await apiGet<{ items: Order[] }>(baseUrl, token, `/orders?customer=${encodeURIComponent(email)}&limit=100`);
  const newest = theirs.items[0];
  const detail = await apiGet<Order>(baseUrl, token, `/orders/${newest?.number}`);

  const page = await newPage(browser);
  await signIn(page, baseUrl, AGENT);
  await page.getByLabel('Order number or customer email').fill(email.toUpperCase());
  await page.getByRole('button', { name: 'Find' }).click();
  await expect.poll(() => page.url()).toContain(`customer=${encodeURIComponent(email.toUpperCase())}`);
  const table = page.getByRole('table', { name: 'Orders' });
  await expect.poll(() => table.getByRole('row').count(), SLOW).toBe(theirs.items.length + 1);
  await expectAccessible(page);

  await table.getByRole('link', { name: newest?.number ?? '' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), SLOW).toMatch(new RegExp(`^Order ${newest?.number} · `));
  expect(await page.getByText(email).count()).toBeGreaterThan(0);
  const timeline = page.getByRole('table', { name: 'Timeline' });
  await expect.poll(() => timeline.getByRole('row').count(), SLOW).toBe(detail.events.length + 1);
  await expectAccessible(page);

  await page.getByRole('navigation').getByRole('link', { name: 'Orders' }).click();
  await page.getByLabel('Order number or customer email').fill(newest?.number.toLowerCase() ?? '');
  await page.getByRole('button', { name: 'Find' }).click();
  await expect.poll(() => page.url()).toMatch(new RegExp(`/orders/${newest?.number}$`));
  await page.close();
});
