// The daily digest e-mail (SMTP_URL set): at 06:00 UTC the daily job queues one send per active digest reader
// (store managers, buyers, finance, administrators — not associates, not a deactivated manager) for the day just
// ended, and queues the next morning's run; each send mails exactly the digest GET /digests/{date} gives that
// reader, as text with an HTML alternative, links absolute (APP_URL). A refused send is retried and delivered
// once; queueing the day again sends nothing twice. Dates lie in the database's future so the worker's backoff is
// due at once.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/kernel/actor.ts';
import { DIGEST_DAILY_QUEUE, DIGEST_SEND_QUEUE } from '../../src/modules/digest/index.ts';
import { queueDigestEmails } from '../../src/modules/digest/commands/email-digests.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const APP_URL = 'https://backoffice.shop.test';
const DAY = '2030-04-01';
let t: TestApp;
let smtp: SmtpSink;
let now = new Date('2030-03-29T09:00:00Z');

interface Reader {
  token: string;
  email: string;
}
const readers: Record<'managerS1' | 'managerS2' | 'buyer' | 'finance', Reader> = {} as never;
let associate: Reader;
let formerManager: Reader;

async function ok(response: Promise<{ status: number; body: any }>, status = 201) {
  const answer = await response;
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  return answer.body;
}

async function reader(role: string, locations?: string[]): Promise<Reader & { id: string }> {
  const token = await t.tokenFor(role, locations);
  const me = (await t.get('/api/v1/me', token)).body;
  return { token, email: me.email, id: me.id };
}

async function signIn(email: string): Promise<string> {
  return (await ok(t.post('/api/v1/auth/tokens', { email, password: 'correct horse battery' }, { token: null }))).token;
}

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await startTestApp({ clock: { now: () => now }, mail: { smtpUrl: smtp.url, from: 'Emporium <digest@emporium.test>', appUrl: APP_URL } });
  await ok(t.post('/api/v1/locations', { code: 'S1', name: 'High Street', kind: 'store' }));
  await ok(t.post('/api/v1/locations', { code: 'S2', name: 'Riverside', kind: 'store' }));
  await ok(t.post('/api/v1/products', { sku: 'TEE', name: 'Tee', cost: 400, price: 1000, taxRate: 0 }));
  await ok(t.post('/api/v1/inventory/adjustments', { location: 'S1', reason: 'opening', lines: [{ sku: 'TEE', delta: 20 }] }));
  await ok(t.post('/api/v1/inventory/adjustments', { location: 'S2', reason: 'opening', lines: [{ sku: 'TEE', delta: 10 }] }));
  readers.managerS1 = await reader('store_manager', ['S1']);
  readers.managerS2 = await reader('store_manager', ['S2']);
  readers.buyer = await reader('buyer');
  readers.finance = await reader('finance');
  associate = await reader('store_associate', ['S1']);
  const former = await reader('store_manager', ['S1']);
  formerManager = former;
  await ok(t.post(`/api/v1/users/${former.id}/deactivate`, {}), 200);
  now = new Date(`${DAY}T10:00:00Z`);
  await ok(t.post('/api/v1/orders', { channel: 'store', location: 'S1', fulfillment: 'carry_out', lines: [{ sku: 'TEE', quantity: 3 }] }));
  await ok(t.post('/api/v1/inventory/counts', { location: 'S1', lines: [{ sku: 'TEE', counted: 10 }] })); // 17 on the books
  await ok(t.post('/api/v1/inventory/counts', { location: 'S2', lines: [{ sku: 'TEE', counted: 5 }] })); // 10 on the books
  // The alerts of those counts go out first, so the sink then holds only digests.
  await t.app.worker.drain();
  smtp.delivered.length = 0;
});

afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const db = () => t.app.database.kysely;

describe('the daily digest e-mail', () => {
  it('mails each digest reader the digest of the day just ended, as the API gives it to them', async () => {
    smtp.refuseOnce.add(readers.buyer.email);
    now = new Date('2030-04-02T06:00:00Z');
    await t.app.worker.drain();
    const mailed = Object.values(readers).map((r) => r.email);
    expect(smtp.delivered.map((mail) => mail.to).flat().sort()).toEqual([...mailed].sort());
    expect(smtp.delivered.flatMap((mail) => mail.to)).not.toContain(associate.email);
    expect(smtp.delivered.flatMap((mail) => mail.to)).not.toContain(formerManager.email);
    expect(smtp.refuseOnce.size).toBe(0);

    for (const { email } of Object.values(readers)) {
      const token = await signIn(email); // a day later: the morning's own token
      const mail = smtp.delivered.find((m) => m.to.includes(email));
      const json = await ok(t.get(`/api/v1/digests/${DAY}`, token), 200);
      const text = (await t.get(`/api/v1/digests/${DAY}?format=text`, token)).body as string;
      expect(mail?.from).toBe('digest@emporium.test');
      expect(mail?.subject).toBe(`Emporium daily digest ${DAY}: ${json.headline}`);
      // The same digest, every link made absolute.
      expect(mail?.text.trimEnd()).toBe(text.replace(/^(\s+)\//gm, `$1${APP_URL}/`).trimEnd());
      expect(mail?.html).toContain(`<h1>Daily digest — ${DAY}</h1>`);
      for (const line of json.exceptions) expect(mail?.html).toContain(`href="${APP_URL}${line.link.replace(/&/g, '&amp;')}"`);
    }
    const managerMail = smtp.delivered.find((m) => m.to.includes(readers.managerS1.email));
    expect(managerMail?.text).toContain('S1');
    expect(managerMail?.text).not.toContain('S2 ');
  });

  it('records each send once and queues the next morning', async () => {
    const sent = await sql<{ n: number }>`SELECT count(*)::int AS n FROM digest_email WHERE day = ${DAY}::date`.execute(db());
    expect(sent.rows[0]?.n).toBe(4);
    const next = await sql<{ run_at: Date }>`SELECT run_at FROM job WHERE queue = ${DIGEST_DAILY_QUEUE} AND status = 'queued'`.execute(db());
    expect(next.rows.map((row) => new Date(row.run_at).toISOString())).toEqual(['2030-04-03T06:00:00.000Z']);
    const retried = await sql<{ attempts: number }>`SELECT attempts FROM job WHERE queue = ${DIGEST_SEND_QUEUE} AND status = 'done' ORDER BY attempts DESC LIMIT 1`.execute(db());
    expect(retried.rows[0]?.attempts).toBe(2);
  });

  it('queueing the same day again sends nobody a second digest', async () => {
    smtp.delivered.length = 0;
    const queued = await t.app.uow.withTransaction(SYSTEM_ACTOR, (ctx) => queueDigestEmails(ctx));
    expect(queued).toBe(4);
    expect(await t.app.worker.drain()).toBe(4);
    expect(smtp.delivered).toEqual([]);
  });
});
