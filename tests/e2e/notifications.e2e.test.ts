// Notifications on the back office: the administrator assigns the S01 store manager a stock discrepancy; the
// manager's top bar shows "Notifications N" with one more unread, the Notifications screen lists it (linking to the
// queue), and "Mark read" marks it read — which the API and the top bar agree on. Axe checks the screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { apiGet, apiToken, expectAccessible, launchBrowser, newPage, signIn } from './support/browser.ts';
import { apiPost, type Level } from './support/store-api.ts';

const baseUrl = inject('baseUrl');
const MANAGER = 'manager.s01@demo.emporium.dev';
const SHOTS = process.env.E2E_SCREENSHOTS;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/notifications-${name}.png`, fullPage: true });
}

interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  subject: { type: string; id: string };
  readAt: string | null;
}

it('a store manager sees an exception assigned to them under Notifications and marks it read', async () => {
  const admin = await apiToken(baseUrl, 'admin@demo.emporium.dev');
  const manager = await apiToken(baseUrl, MANAGER);
  // A SKU of S01 other than the exceptions test's (the median): a third of the way up by availability, counted 7
  // more than the books (only adds stock, so nothing running beside this test runs short).
  const levels = await apiGet<{ items: Level[] }>(baseUrl, admin, '/inventory/levels?location=S01&limit=200');
  const sku = [...levels.items].sort((a, b) => a.available - b.available)[Math.floor(levels.items.length / 3)]?.sku as string;
  const onHand = (await apiGet<{ items: { onHand: number }[] }>(baseUrl, admin, `/inventory/levels?location=S01&sku=${encodeURIComponent(sku)}`)).items[0]?.onHand ?? 0;
  const count = await apiPost<{ number: string }>(baseUrl, admin, '/inventory/counts', { location: 'S01', lines: [{ sku, counted: onHand + 7 }] });
  const exception = (await apiGet<{ items: Array<{ id: string; summary: string }> }>(baseUrl, admin, '/exceptions?status=unresolved&kind=stock_discrepancy&location=S01&limit=500')).items.find(
    (e) => e.summary.includes(count.number),
  );
  expect(exception).toBeDefined();
  await apiPost(baseUrl, admin, `/exceptions/${exception?.id}/assign`, { user: MANAGER });
  const before = await apiGet<{ items: Notification[]; unread: number }>(baseUrl, manager, '/notifications?unread=true&limit=50');
  const assigned = before.items.find((n) => n.kind === 'exception_assigned' && n.subject.id === exception?.id);
  expect(assigned).toBeDefined();

  const page = await newPage(browser);
  await signIn(page, baseUrl, MANAGER);
  const bell = page.getByRole('link', { name: /^Notifications \d+ unread$/ });
  await expect.poll(() => bell.textContent()).toMatch(/Notifications\s*\d+/);
  await bell.click();
  await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
  await page.getByLabel('Show').selectOption('unread');
  const row = page.getByRole('table', { name: 'Your notifications' }).getByRole('row').filter({ hasText: count.number }).filter({ hasText: 'Assigned to you' });
  await expect.poll(() => row.count()).toBe(1);
  expect(await row.getByRole('link', { name: /Assigned to you: Stock discrepancy/ }).getAttribute('href')).toBe('/exceptions?kind=stock_discrepancy');
  await expectAccessible(page);
  await shot(page, 'unread');

  await row.getByRole('button', { name: /^Mark read/ }).click();
  await expect.poll(() => row.count()).toBe(0);
  const after = await apiGet<{ items: Notification[]; unread: number }>(baseUrl, manager, '/notifications?limit=50');
  expect(after.items.find((n) => n.id === assigned?.id)?.readAt).not.toBeNull();
  // The bell is refreshed by the mark: it counts no more than the API's unread now. (Not "fewer than before": the
  // other browser tests raise exceptions at S01 meanwhile, which notify this manager too.)
  await expect
    .poll(async () => {
      const unread = (await apiGet<{ unread: number }>(baseUrl, manager, '/notifications?unread=true&limit=1')).unread;
      return Number((await bell.textContent())?.match(/\d+/)?.[0]) <= unread;
    })
    .toBe(true);
  await page.getByLabel('Show').selectOption('');
  await shot(page, 'all');
  await page.close();
});
