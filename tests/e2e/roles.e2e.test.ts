// Every demo role signs in, lands on its home, is offered exactly the areas its role allows, and every screen
// it can reach passes axe-core with no serious or critical violation. Each role's home is photographed for the docs.
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_USERS } from '../../src/seed/demo-retailer.ts';
import { expectAccessible, launchBrowser, newPage, signIn } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const SCREENS_DIR = 'docs/screens';

const EXPECTED_AREAS: Record<string, { offered: string[]; withheld: string[]; home: string }> = {
  admin: { offered: ['Till', 'Stock', 'Orders', 'Transfers', 'Returns', 'Purchasing', 'Finance', 'KPIs', 'Admin'], withheld: [], home: '/admin' },
  store_associate: { offered: ['Till', 'Stock', 'Orders', 'Returns'], withheld: ['Purchasing', 'Finance', 'Admin'], home: '/till' },
  store_manager: { offered: ['Till', 'Stock', 'Orders', 'Transfers', 'Returns', 'KPIs'], withheld: ['Finance', 'Admin'], home: '/till' },
  finance: { offered: ['Finance'], withheld: ['Till', 'Admin'], home: '/finance' },
  buyer: { offered: ['Purchasing', 'Stock'], withheld: ['Till', 'Finance', 'Admin'], home: '/purchasing' },
  warehouse_operator: { offered: ['Stock', 'Transfers'], withheld: ['Till', 'Finance', 'Admin'], home: '/stock' },
  service_agent: { offered: ['Orders', 'Returns'], withheld: ['Till', 'Finance', 'Admin'], home: '/orders' },
  analyst: { offered: ['KPIs'], withheld: ['Till', 'Admin'], home: '/kpis' },
};

/** Click on an area's link → its data shown, per screen: reported (not asserted), the machines are shared. */
const screenTimings: number[] = [];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENS_DIR, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  const sorted = [...screenTimings].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  console.log(`Screen shown after a click (${sorted.length} screens, ${inject('engine')}): median ${at(0.5)} ms, p95 ${at(0.95)} ms`);
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
    await page.getByText('Loading…').waitFor({ state: 'detached' });
    await page.screenshot({ path: `${SCREENS_DIR}/${user.role}.png` });

    for (const area of links) {
      const started = performance.now();
      await nav.getByRole('link', { name: area }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(`^${area}`) }).waitFor();
      await page.getByText('Loading…').waitFor({ state: 'detached' });
      screenTimings.push(performance.now() - started);
      await expectAccessible(page);
    }
    await page.close();
  });
});

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
