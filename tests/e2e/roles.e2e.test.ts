// Every demo role signs in, lands on its home, is offered exactly the areas its role allows, and every screen
// it can reach passes axe-core with no serious or critical violation. Each role's home is photographed for the docs.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_USERS } from '../../src/seed/demo-retailer.ts';
import { expectAccessible, launchBrowser, newPage, signIn } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const SCREENS_DIR = 'docs/screens';

const EXPECTED_AREAS: Record<string, { offered: string[]; withheld: string[]; home: string }> = {
  admin: { offered: ['Till', 'Stock', 'Orders', 'Transfers', 'Returns', 'Purchasing', 'Finance', 'KPIs', 'Exceptions', 'Anomalies', 'Digest', 'Admin'], withheld: [], home: '/admin' },
  store_associate: { offered: ['Till', 'Stock', 'Orders', 'Returns'], withheld: ['Purchasing', 'Finance', 'Exceptions', 'Anomalies', 'Digest', 'Admin'], home: '/till' },
  store_manager: { offered: ['Till', 'Stock', 'Orders', 'Transfers', 'Returns', 'KPIs', 'Exceptions', 'Anomalies', 'Digest'], withheld: ['Finance', 'Admin'], home: '/till' },
  finance: { offered: ['Finance', 'Exceptions', 'Anomalies', 'Digest'], withheld: ['Till', 'Admin'], home: '/finance' },
  buyer: { offered: ['Purchasing', 'Stock', 'Exceptions', 'Anomalies', 'Digest'], withheld: ['Till', 'Finance', 'Admin'], home: '/purchasing' },
  warehouse_operator: { offered: ['Stock', 'Transfers', 'Exceptions', 'Anomalies'], withheld: ['Till', 'Finance', 'Digest', 'Admin'], home: '/stock' },
  service_agent: { offered: ['Orders', 'Returns'], withheld: ['Till', 'Finance', 'Exceptions', 'Anomalies', 'Digest', 'Admin'], home: '/orders' },
  analyst: { offered: ['KPIs', 'Exceptions', 'Anomalies'], withheld: ['Till', 'Digest', 'Admin'], home: '/kpis' },
};

/** Click on an area's link → its data shown, per screen: reported (not asserted), the machines are shared. */
const screenTimings: { screen: string; ms: number }[] = [];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENS_DIR, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  const sorted = [...screenTimings].sort((a, b) => a.ms - b.ms);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.ms ?? 0);
  const slowest = sorted.slice(-5).reverse().map(({ screen, ms }) => `${screen} ${Math.round(ms)} ms`);
  console.log(`Screen shown after a click (${sorted.length} screens, ${inject('engine')}): median ${at(0.5)} ms, p95 ${at(0.95)} ms; slowest: ${slowest.join(', ')}`);
});

describe.each(DEMO_USERS)('$role', (user) => {
  it('is offered its areas only, and every screen it reaches is accessible', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, user.email);
    const nav = page.getByRole('navigation');
    const links = await nav.getByRole('link').allTextContents();
    const expected = EXPECTED_AREAS[user.role];
    expect(expected, `expectations for ${user.role}`).toBeDefined();
    for (const area of expected?.offered ?? []) expect(links).toContain(area);
    for (const area of expected?.withheld ?? []) expect(links).not.toContain(area);

    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(expected?.home);
    await settled(page);
    await page.screenshot({ path: `${SCREENS_DIR}/${user.role}.png` });

    for (const area of links) {
      const started = performance.now();
      await nav.getByRole('link', { name: area }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(`^${area}`) }).waitFor();
      await settled(page);
      screenTimings.push({ screen: `${user.role} ${area}`, ms: performance.now() - started });
      await expectAccessible(page);
      expect(await overflowsSideways(page), `${area} is wider than the window`).toBe(false);
    }
    await page.close();
  });
});

it('on a 768 px tablet, every screen of the store floor fits the width and its areas stay reachable', async () => {
  const page = await newPage(browser, 768, 1024);
  await signIn(page, baseUrl, 'manager.s01@demo.emporium.dev');
  const nav = page.getByRole('navigation');
  const links = await nav.getByRole('link').allTextContents();
  expect(links.length).toBeGreaterThan(3);
  for (const area of links) {
    await nav.getByRole('link', { name: area }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${area}`) }).waitFor();
    await settled(page);
    expect(await overflowsSideways(page), `${area} is wider than 768 px`).toBe(false);
  }
  await page.goto(`${baseUrl}/till`);
  await page.getByLabel('Barcode').waitFor();
  await settled(page);
  await page.screenshot({ path: `${SCREENS_DIR}/store_manager-tablet.png` });
  await page.close();
});

/** Waits until every part of the screen has its data (a screen may load several lists at once). */
async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.getByText('Loading…').count(), { timeout: 30_000 }).toBe(0);
}

/** Whether the page scrolls sideways: a table too wide for the window must scroll inside its own box instead. */
function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

it('a reload keeps the session and the screen', async () => {
  const page = await newPage(browser);
  await signIn(page, baseUrl, 'finance@demo.emporium.dev');
  await page.getByRole('navigation').getByRole('link', { name: 'Finance' }).click();
  await page.getByRole('heading', { level: 1, name: 'Finance' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Finance' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/finance');
  await page.close();
});

it('the sign-in page is accessible and refuses a wrong password in words', async () => {
  const page = await newPage(browser);
  await page.goto(`${baseUrl}/orders`);
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  await expectAccessible(page);
  await page.getByLabel('Email').fill('finance@demo.emporium.dev');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('email or password');
  await page.close();
});
