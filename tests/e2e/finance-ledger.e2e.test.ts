// Finance's books in the browser: from the trial balance to an account's ledger, a journal entry and the order
// it came from; a manual entry refused while it does not balance (the server's message beside the lines), then
// posted and reversed; a settlement file with one unmatched row, seen in the reconciliation exceptions; a till
// cash session's expected, counted and variance. Every screen is checked with axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { apiGet, apiToken, expectAccessible, launchBrowser, newPage, signIn } from './support/browser.ts';
import { apiPost, skuAvailableAt } from './support/store-api.ts';

const baseUrl = inject('baseUrl');
const FINANCE = 'finance@demo.emporium.dev';
const ADMIN = 'admin@demo.emporium.dev';
const SLOW = { timeout: 15_000 };
const SCREENSHOTS = process.env.SCREENSHOTS === '1';

interface Order {
  id: string;
  number: string;
  payment: { method: string; amount: number };
}
interface JournalEntry {
  number: string;
  source: string;
  lines: { account: string; debit: number; credit: number }[];
}
interface CashSession {
  id: string;
  number: string;
  location: string;
  status: string;
  expected: number | null;
  counted: number | null;
  difference: number | null;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const today = () => new Date().toISOString().slice(0, 10);

async function shot(page: Page, name: string) {
  if (SCREENSHOTS) await page.screenshot({ path: `/tmp/finance-ledger-${name}.png`, fullPage: true });
}

/** A card sale at S02 made through the API, and the journal entries it posted. */
async function cardSale(admin: string): Promise<{ order: Order; entries: JournalEntry[] }> {
  const sku = await skuAvailableAt(baseUrl, admin, 'S02', 1);
  const order = await apiPost<Order>(baseUrl, admin, '/orders', { channel: 'store', location: 'S02', fulfillment: 'carry_out', tender: 'card', lines: [{ sku, quantity: 1 }] });
  const entries = await apiGet<{ items: JournalEntry[] }>(baseUrl, admin, `/accounting/journal-entries?source=order:${order.number}&limit=50`);
  expect(entries.items.length).toBeGreaterThan(0);
  return { order, entries: entries.items };
}

it('drills from the trial balance to an account’s ledger, a journal entry and its order', async () => {
  const admin = await apiToken(baseUrl, ADMIN);
  const { order, entries } = await cardSale(admin);
  const entry = entries[0] as JournalEntry;
  const account = (entry.lines.find((line) => line.debit > 0) ?? entry.lines[0])?.account as string;

  const page = await newPage(browser);
  await signIn(page, baseUrl, FINANCE);
  await page.goto(`${baseUrl}/finance?from=${today()}&to=${today()}`);
  await page.getByRole('table', { name: 'Trial balance' }).getByRole('link', { name: account, exact: true }).click();
  await page.waitForURL(/\/finance\/ledger\?/);
  expect(new URL(page.url()).searchParams.get('account')).toBe(account);
  expect(new URL(page.url()).searchParams.get('from')).toBe(today());
  await page.getByRole('table', { name: `Postings to ${account}` }).waitFor(SLOW);
  await expectAccessible(page);
  await shot(page, 'ledger');

  // The entry may be on a later page when the suite's other tests post to the account today.
  const link = page.getByRole('link', { name: entry.number, exact: true });
  for (let pages = 0; (await link.count()) === 0 && pages < 50; pages++) {
    const next = page.getByRole('button', { name: 'Next page' });
    if ((await next.count()) === 0 || (await next.isDisabled())) break;
    await next.click();
    await page.getByText(`Page ${pages + 2}`).waitFor(SLOW);
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toBe(`ledger-${account}.csv`);
  await link.click();

  await page.getByRole('heading', { name: `Journal entry ${entry.number}` }).waitFor(SLOW);
  await page.getByRole('table', { name: 'Lines' }).waitFor();
  const source = page.getByTestId('je-source').getByRole('link', { name: `Order ${order.number}` });
  await source.waitFor(SLOW);
  await expectAccessible(page);
  await shot(page, 'entry');
  await source.click();
  await page.waitForURL(new RegExp(`/orders/(${order.id}|${order.number})$`));
  await expect.poll(() => page.getByText(order.number).count(), SLOW).toBeGreaterThan(0);
  await page.close();
});

it('refuses an unbalanced manual entry with the server’s message, posts it balanced and reverses it', async () => {
  const memo = `Accrual e2e ${crypto.randomUUID().slice(0, 8)}`;
  const page = await newPage(browser);
  await signIn(page, baseUrl, FINANCE);
  await page.getByRole('navigation').getByRole('link', { name: 'Finance' }).click();
  await page.getByRole('list', { name: 'Finance' }).getByRole('link', { name: 'Journal entries' }).click();
  await page.getByRole('table', { name: 'Journal entries' }).waitFor(SLOW);
  await expectAccessible(page);
  await shot(page, 'journal');
  await page.getByRole('link', { name: 'New manual entry' }).click();

  await page.getByLabel('Memo').fill(memo);
  await expect.poll(() => page.getByLabel('Account, line 1').locator('option').count(), SLOW).toBeGreaterThan(2);
  await page.getByLabel('Account, line 1').selectOption('1500');
  await page.getByLabel('Debit, line 1').fill('12.34');
  await page.getByLabel('Account, line 2').selectOption('1200');
  await page.getByLabel('Credit, line 2').fill('10.00');
  await page.getByRole('button', { name: 'Post entry' }).click();
  const refused = page.getByTestId('lines-error');
  await refused.waitFor(SLOW);
  expect(await refused.textContent()).toBe('Lines: debits 1234 must equal credits 1000');
  expect(await page.getByRole('alert').filter({ hasText: 'The entry does not balance' }).count()).toBe(1);
  await expectAccessible(page);
  await shot(page, 'manual-refused');

  await page.getByLabel('Credit, line 2').fill('12.34');
  await page.getByRole('button', { name: 'Post entry' }).click();
  await page.waitForURL(/\/finance\/journal-entries\/JE-\d+$/, SLOW);
  const posted = page.url().split('/').at(-1) as string;
  await expect.poll(() => page.getByTestId('je-memo').textContent(), SLOW).toBe(memo);
  expect(await page.getByTestId('je-source').textContent()).toMatch(/^Manual entry /);

  await page.getByRole('button', { name: 'Reverse' }).click();
  const dialog = page.getByRole('dialog', { name: `Reverse ${posted}?` });
  await dialog.waitFor();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: `Post the reversal of ${posted}` }).click();
  await page.waitForURL((url) => /\/finance\/journal-entries\/JE-\d+$/.test(url.pathname) && !url.pathname.endsWith(posted), SLOW);
  await expect.poll(() => page.getByTestId('je-memo').textContent(), SLOW).toBe(`Reversal of ${posted}: ${memo}`);

  const admin = await apiToken(baseUrl, ADMIN);
  const original = await apiGet<JournalEntry>(baseUrl, admin, `/accounting/journal-entries/${posted}`);
  expect(original.lines).toEqual([
    expect.objectContaining({ account: '1500', debit: 1234, credit: 0 }),
    expect.objectContaining({ account: '1200', debit: 0, credit: 1234 }),
  ]);
  await page.close();
});

it('imports a settlement file with one unmatched row and finds it in the reconciliation exceptions', async () => {
  const admin = await apiToken(baseUrl, ADMIN);
  const { order } = await cardSale(admin);
  const unknown = `NO-SUCH-${crypto.randomUUID().slice(0, 8)}`;
  const gross = order.payment.amount;
  const csv = ['date,reference,gross,fee,net', `${today()},${order.number},${gross},30,${gross - 30}`, `${today()},${unknown},1000,30,970`, ''].join('\n');

  const page = await newPage(browser);
  await signIn(page, baseUrl, FINANCE);
  await page.goto(`${baseUrl}/finance/settlements`);
  await page.getByLabel('Settlement file (CSV)').setInputFiles({ name: 'provider-settlement.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Import settlement' }).click();
  const result = page.getByTestId('settlement-result');
  await result.waitFor(SLOW);
  expect(await result.textContent()).toMatch(/^STL-\d+ \(provider-settlement\.csv\): 2 rows, 1 matched, 1 unmatched\.$/);
  const settlement = ((await result.textContent()) ?? '').split(' ')[0] as string;
  await page.getByRole('table', { name: `Unmatched rows of ${settlement}` }).getByRole('cell', { name: unknown }).waitFor();
  await expectAccessible(page);
  await shot(page, 'settlement');

  await page.getByRole('list', { name: 'Finance' }).getByRole('link', { name: 'Reconciliation' }).click();
  await page.getByLabel('Settlement number').fill(settlement);
  await page.getByRole('button', { name: 'Filter' }).click();
  const exceptions = page.getByRole('table', { name: `Exceptions of ${settlement}` });
  await exceptions.waitFor(SLOW);
  const row = exceptions.getByRole('row').filter({ hasText: unknown });
  await expect.poll(() => row.count(), SLOW).toBe(1);
  expect(await row.textContent()).toContain('unknown_reference');
  expect(await exceptions.getByRole('row').filter({ hasText: order.number }).count()).toBe(0);
  await expectAccessible(page);
  await shot(page, 'reconciliation');
  await page.close();
});

it('shows a cash session’s expected and counted cash and the variance', async () => {
  const admin = await apiToken(baseUrl, ADMIN);
  const open = await apiGet<{ items: CashSession[] }>(baseUrl, admin, '/accounting/cash-sessions?status=open&limit=500');
  const store = ['S17', 'S18', 'S19', 'S16', 'S15'].find((code) => !open.items.some((session) => session.location === code)) as string;
  const session = await apiPost<CashSession>(baseUrl, admin, '/accounting/cash-sessions', { location: store, float: 10_000 });
  const closed = await apiPost<CashSession>(baseUrl, admin, `/accounting/cash-sessions/${session.number}/close`, { counted: 9_950 });
  expect(closed.difference).toBe(-50);

  const page = await newPage(browser);
  await signIn(page, baseUrl, FINANCE);
  await page.goto(`${baseUrl}/finance/cash-sessions?status=closed`);
  await page.getByRole('link', { name: session.number, exact: true }).click();
  await page.getByRole('heading', { name: `Cash session ${session.number}` }).waitFor(SLOW);
  await page.getByTestId('cs-variance').waitFor(SLOW);
  const digits = async (testId: string) => ((await page.getByTestId(testId).textContent()) ?? '').replace(/[^\d]/g, '');
  expect(await digits('cs-expected')).toBe(String(closed.expected));
  expect(await digits('cs-counted')).toBe('9950');
  expect(await page.getByTestId('cs-variance').textContent()).toMatch(/50.*\(short\)$/);
  await expectAccessible(page);
  await shot(page, 'cash-session');
  await page.close();
});
