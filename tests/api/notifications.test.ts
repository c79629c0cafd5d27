// Notifications through HTTP: an exception raised tells the active users of its owner role who may see its
// location (a count beyond tolerance → that store's managers, not another store's, not a deactivated one, not an
// associate); an assignment tells the assignee; the caller's own list, newest first, with the unread count and
// cursor pages; read, read-all, and 404 on someone else's. With SMTP_URL set, each notification is e-mailed by a
// job on the worker to a local SMTP server (tests/support/smtp-sink.ts), retried after a failure;
// without it, nothing is queued.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let smtp: SmtpSink;
const APP_URL = 'https://backoffice.shop.test';
// In the future of the database's now(): the worker's backoff (now() + 2^n s) is due at once, so a drain retries.
let now = new Date('2030-04-01T09:00:00.000Z');
const HOUR = 3_600_000;

interface Account {
  token: string;
  id: string;
  email: string;
}

let managerS1: Account;
let managerS2: Account;
let associateS1: Account;
let formerManagerS1: Account;

async function ok(path: string, body: unknown, status = 201, token?: string) {
  const response = await t.post(path, body, token ? { token } : {});
  expect(response.status, `${path} ${JSON.stringify(response.body)}`).toBe(status);
  return response.body;
}

async function account(role: string, locations?: string[]): Promise<Account> {
  const token = await t.tokenFor(role, locations);
  const me = (await t.get('/api/v1/me', token)).body;
  return { token, id: me.id, email: me.email };
}

const inbox = async (who: Account, query = '') => {
  const response = await t.get(`/api/v1/notifications${query ? `?${query}` : ''}`, who.token);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as { items: any[]; nextCursor: string | null; unread: number };
};

const openDiscrepancy = async (location: string) => {
  const response = await t.get(`/api/v1/exceptions?status=unresolved&kind=stock_discrepancy&location=${location}`);
  return response.body.items as any[];
};

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await startTestApp({ clock: { now: () => now }, mail: { smtpUrl: smtp.url, from: 'Emporium alerts <alerts@emporium.test>', appUrl: APP_URL } });
  for (const location of [
    { code: 'S1', name: 'High Street', kind: 'store' },
    { code: 'S2', name: 'Riverside', kind: 'store' },
  ]) {
    await ok('/api/v1/locations', location);
  }
  for (const [sku, cost, price] of [['TEE', 400, 999], ['MUG', 500, 1299]] as const) await ok('/api/v1/products', { sku, name: `Product ${sku}`, cost, price, taxRate: 2000 });
  await ok('/api/v1/inventory/adjustments', { location: 'S1', reason: 'setup', lines: [{ sku: 'TEE', delta: 20 }, { sku: 'MUG', delta: 20 }] });
  await ok('/api/v1/inventory/adjustments', { location: 'S2', reason: 'setup', lines: [{ sku: 'TEE', delta: 20 }] });
  managerS1 = await account('store_manager', ['S1']);
  managerS2 = await account('store_manager', ['S2']);
  associateS1 = await account('store_associate', ['S1']);
  formerManagerS1 = await account('store_manager', ['S1']);
  await ok(`/api/v1/users/${formerManagerS1.id}/deactivate`, {}, 200);
});

afterAll(async () => {
  await t?.close();
  await smtp.close();
});

const db = () => t.app.database.kysely;

const notificationsOf = async (userId: string) =>
  (await sql<{ n: number }>`SELECT count(*)::int AS n FROM notification WHERE user_id = ${userId}`.execute(db())).rows[0]?.n;

describe('in-app notifications', () => {
  it('a count beyond tolerance notifies the store’s active managers, and nobody at another store', async () => {
    await ok('/api/v1/inventory/counts', { location: 'S1', lines: [{ sku: 'TEE', counted: 15 }] }, 201, managerS1.token);
    const [exception] = await openDiscrepancy('S1');
    expect(exception).toBeDefined();
    const mine = await inbox(managerS1);
    expect(mine.unread).toBe(1);
    expect(mine.items).toEqual([
      {
        id: expect.any(String),
        kind: 'exception_raised',
        title: 'Stock discrepancy (low)',
        body: exception.summary,
        link: '/exceptions?kind=stock_discrepancy',
        subject: { type: 'exception', id: exception.id },
        createdAt: now.toISOString(),
        readAt: null,
      },
    ]);
    expect(await inbox(managerS2)).toEqual({ items: [], nextCursor: null, unread: 0 });
    expect(await inbox(associateS1)).toEqual({ items: [], nextCursor: null, unread: 0 });
    expect(await notificationsOf(formerManagerS1.id)).toBe(0);
  });

  it('a refresh of the open exception notifies nobody again; another store’s count notifies only its manager', async () => {
    now = new Date(now.getTime() + HOUR);
    await ok('/api/v1/inventory/counts', { location: 'S1', lines: [{ sku: 'TEE', counted: 12 }] });
    expect((await inbox(managerS1)).items).toHaveLength(1);
    await ok('/api/v1/inventory/counts', { location: 'S2', lines: [{ sku: 'TEE', counted: 10 }] });
    const theirs = await inbox(managerS2);
    expect(theirs.items.map((item) => [item.kind, item.subject.id])).toEqual([['exception_raised', (await openDiscrepancy('S2'))[0].id]]);
    expect((await inbox(managerS1)).items).toHaveLength(1);
  });

  it('assignment notifies the assignee (and not when they assign it to themselves)', async () => {
    const deputy = await account('store_manager', ['S1']);
    const [exception] = await openDiscrepancy('S1');
    now = new Date(now.getTime() + HOUR);
    await ok(`/api/v1/exceptions/${exception.id}/assign`, { user: deputy.email }, 200, managerS1.token);
    const theirs = await inbox(deputy);
    expect(theirs.unread).toBe(1);
    expect(theirs.items[0]).toMatchObject({
      kind: 'exception_assigned',
      title: 'Assigned to you: Stock discrepancy (low)',
      subject: { type: 'exception', id: exception.id },
      createdAt: now.toISOString(),
    });
    await ok(`/api/v1/exceptions/${exception.id}/assign`, { user: managerS1.id }, 200, managerS1.token);
    expect((await inbox(managerS1)).items.map((item) => item.kind)).toEqual(['exception_raised']);
  });

  it('read: sets readAt once, updates the unread count and filter; someone else’s is 404', async () => {
    const [item] = (await inbox(managerS1)).items;
    expect((await t.post(`/api/v1/notifications/${item.id}/read`, undefined, { token: managerS2.token })).status).toBe(404);
    expect((await t.post(`/api/v1/notifications/${item.id}/read`)).status).toBe(404);
    const missing = await t.post('/api/v1/notifications/00000000-0000-4000-8000-000000000000/read', undefined, { token: managerS1.token });
    expect([missing.status, missing.body.code]).toEqual([404, 'not_found']);
    expect((await t.post('/api/v1/notifications/nope/read', undefined, { token: managerS1.token })).status).toBe(400);
    expect((await inbox(managerS1)).unread).toBe(1);
    now = new Date(now.getTime() + HOUR);
    const read = await ok(`/api/v1/notifications/${item.id}/read`, undefined, 200, managerS1.token);
    expect(read).toEqual({ ...item, readAt: now.toISOString() });
    const firstRead = now.toISOString();
    now = new Date(now.getTime() + HOUR);
    expect((await ok(`/api/v1/notifications/${item.id}/read`, undefined, 200, managerS1.token)).readAt).toBe(firstRead);
    expect(await inbox(managerS1)).toMatchObject({ unread: 0, items: [{ id: item.id, readAt: firstRead }] });
    expect(await inbox(managerS1, 'unread=true')).toEqual({ items: [], nextCursor: null, unread: 0 });
  });

  it('read-all marks the caller’s unread ones only; pages come newest first', async () => {
    now = new Date(now.getTime() + HOUR);
    await ok('/api/v1/inventory/counts', { location: 'S1', lines: [{ sku: 'MUG', counted: 10 }] });
    expect((await inbox(managerS1)).unread).toBe(1);
    expect((await inbox(managerS2)).unread).toBe(1);
    const first = await inbox(managerS1, 'limit=1');
    expect(first.items).toHaveLength(1);
    expect(first.items[0].createdAt).toBe(now.toISOString());
    expect(first.nextCursor).not.toBeNull();
    const second = await inbox(managerS1, `limit=1&cursor=${first.nextCursor}`);
    expect(second.items.map((x) => x.readAt !== null)).toEqual([true]);
    expect(second.nextCursor).toBeNull();
    expect((await t.get('/api/v1/notifications?cursor=bogus', managerS1.token)).status).toBe(400);
    expect(await ok('/api/v1/notifications/read-all', { before: '2000-01-01T00:00:00Z' }, 200, managerS1.token)).toEqual({ marked: 0, unread: 1 });
    expect(await ok('/api/v1/notifications/read-all', {}, 200, managerS1.token)).toEqual({ marked: 1, unread: 0 });
    expect(await ok('/api/v1/notifications/read-all', {}, 200, managerS1.token)).toEqual({ marked: 0, unread: 0 });
    expect((await inbox(managerS2)).unread).toBe(1);
  });
});

describe('alert e-mail (SMTP_URL set)', () => {
  it('every notification is e-mailed by the worker, not by the request, and marked emailed', async () => {
    const queued = await sql<{ n: number }>`SELECT count(*)::int AS n FROM job WHERE queue = 'notifications.email' AND status = 'queued'`.execute(db());
    const total = await sql<{ n: number }>`SELECT count(*)::int AS n FROM notification`.execute(db());
    expect(queued.rows[0]?.n).toBe(total.rows[0]?.n);
    expect(smtp.delivered).toEqual([]);
    expect(await t.app.worker.drain()).toBe(total.rows[0]?.n);
    expect(smtp.delivered).toHaveLength(total.rows[0]?.n as number);
    const toManagerS1 = smtp.delivered.filter((mail) => mail.to.includes(managerS1.email));
    expect(toManagerS1).toHaveLength(2);
    for (const mail of toManagerS1) expect(mail.from).toBe('alerts@emporium.test');
    expect(toManagerS1.map((mail) => mail.subject).sort()).toEqual((await inbox(managerS1)).items.map((item) => item.title).sort());
    const bodies = toManagerS1.map((mail) => mail.text);
    for (const item of (await inbox(managerS1)).items) expect(bodies).toContainEqual(`${item.body}\n\nOpen it in the back office: ${APP_URL}${item.link}\n`);
    const unsent = await sql<{ n: number }>`SELECT count(*)::int AS n FROM notification WHERE emailed_at IS NULL`.execute(db());
    expect(unsent.rows[0]?.n).toBe(0);
    expect(await t.app.worker.drain()).toBe(0);
  });

  it('a refused send fails the job, which the worker retries with backoff and then delivers once', async () => {
    smtp.delivered.length = 0;
    smtp.refuseOnce.add(managerS2.email);
    now = new Date(now.getTime() + HOUR);
    await ok('/api/v1/inventory/counts', { location: 'S2', lines: [{ sku: 'MUG', counted: 5 }] });
    // One job; the first attempt is refused (450), the retry (due at once: the clock is past the backoff) delivers.
    expect(await t.app.worker.drain()).toBe(2);
    expect(smtp.refuseOnce.size).toBe(0);
    expect(smtp.delivered.map((mail) => mail.to)).toEqual([[managerS2.email]]);
    const job = await sql<{ attempts: number; status: string; last_error: string }>`SELECT attempts, status, last_error FROM job
      WHERE queue = 'notifications.email' ORDER BY id DESC LIMIT 1`.execute(db());
    expect(job.rows[0]).toMatchObject({ attempts: 2, status: 'done' });
    expect(job.rows[0]?.last_error).toMatch(/mailbox busy/);
  });
});

describe('without SMTP_URL', () => {
  it('notifies in the app and queues no e-mail', async () => {
    const plain = await startTestApp();
    try {
      await plain.post('/api/v1/locations', { code: 'S9', name: 'Solo', kind: 'store' });
      await plain.post('/api/v1/products', { sku: 'TEE', name: 'Tee', cost: 400, price: 999, taxRate: 2000 });
      await plain.post('/api/v1/inventory/adjustments', { location: 'S9', reason: 'setup', lines: [{ sku: 'TEE', delta: 20 }] });
      const manager = await plain.tokenFor('store_manager', ['S9']);
      expect((await plain.post('/api/v1/inventory/counts', { location: 'S9', lines: [{ sku: 'TEE', counted: 1 }] })).status).toBe(201);
      expect((await plain.get('/api/v1/notifications', manager)).body.unread).toBe(1);
      const jobs = await sql<{ n: number }>`SELECT count(*)::int AS n FROM job WHERE queue = 'notifications.email'`.execute(plain.app.database.kysely);
      expect(jobs.rows[0]?.n).toBe(0);
    } finally {
      await plain.close();
    }
  });
});

describe('configuration', () => {
  it('reads SMTP_URL, EMAIL_FROM and APP_URL (with their defaults), and refuses a URL that is not SMTP or HTTP', () => {
    expect(readConfig({}).mail).toBeUndefined();
    expect(readConfig({ SMTP_URL: 'smtp://127.0.0.1:2525', PORT: '4000' }).mail).toEqual({
      smtpUrl: 'smtp://127.0.0.1:2525',
      from: 'Emporium <emporium@localhost>',
      appUrl: 'http://127.0.0.1:4000',
    });
    expect(readConfig({ SMTP_URL: 'smtps://u:p@mail.example.com', EMAIL_FROM: 'Shop <shop@example.com>', APP_URL: 'https://office.example.com/' }).mail).toEqual({
      smtpUrl: 'smtps://u:p@mail.example.com',
      from: 'Shop <shop@example.com>',
      appUrl: 'https://office.example.com',
    });
    expect(() => readConfig({ SMTP_URL: 'http://mail.example.com' })).toThrow(/SMTP_URL/);
    expect(() => readConfig({ SMTP_URL: 'smtp://127.0.0.1:2525', APP_URL: 'office.example.com' })).toThrow(/APP_URL/);
  });
});
