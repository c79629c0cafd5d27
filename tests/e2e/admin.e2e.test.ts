// The administrator creates a user in the browser, then deactivates them after confirming; the user can no
// longer sign in.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { apiGet, apiToken, expectAccessible, launchBrowser, newPage, signIn } from './support/browser.ts';

const baseUrl = inject('baseUrl');

// The machine running the suite may be busy: a change shows within this, not the poll's default second.
const SLOW = { timeout: 15_000 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

it('an administrator creates a user and deactivates them', async () => {
  const email = `temp.${Date.now()}@demo.emporium.dev`;
  const password = 'a-long-first-password';
  const page = await newPage(browser);
  await signIn(page, baseUrl, 'admin@demo.emporium.dev');
  await page.getByRole('button', { name: 'New user' }).click();
  const form = page.getByRole('form', { name: 'New user' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Name').fill('Tess Temporary');
  await form.getByLabel('Role').selectOption('store_associate');
  await form.getByLabel(/^Locations/).fill('s01');
  await form.getByLabel('First password').fill(password);
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Create user' }).click();

  await expect.poll(() => page.getByTestId('user-active').textContent(), SLOW).toBe('active');
  await expect.poll(() => page.getByLabel(/^Locations/).inputValue(), SLOW).toBe('S01');
  const signedIn = await fetch(`${baseUrl}/api/v1/auth/tokens`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  expect(signedIn.status).toBe(201);

  await page.getByRole('button', { name: 'Deactivate…' }).click();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Confirm deactivation' }).click();
  await expect.poll(() => page.getByTestId('user-active').textContent(), SLOW).toBe('deactivated');
  await page.close();

  const adminToken = await apiToken(baseUrl, 'admin@demo.emporium.dev');
  const users = await apiGet<{ items: { email: string; active: boolean; role: string }[] }>(baseUrl, adminToken, '/users?limit=500');
  expect(users.items.find((user) => user.email === email)).toMatchObject({ active: false, role: 'store_associate' });
  const refused = await fetch(`${baseUrl}/api/v1/auth/tokens`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  expect(refused.status).not.toBe(201);
});
