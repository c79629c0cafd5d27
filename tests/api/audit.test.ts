// The audit trail: every change writes who, when, what, before and after in its own transaction, and
// GET /api/v1/audit filters it by entity, actor and time for the roles allowed to read it.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/kernel/clock.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const BOOTSTRAP_ADMIN_ID = '00000000-0000-0000-0000-000000000001';
const PASSWORD = 'correct horse battery';

/** A clock the test moves by hand, so each change lands at a known instant. */
class ManualClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

interface AuditItem {
  id: number;
  at: string;
  actor: { id: string; email: string };
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: any;
}

describe('audit trail', () => {
  const clock = new ManualClock(new Date('2031-03-01T08:00:00Z'));
  let t: TestApp;
  let admin: { token: string; id: string; email: string };
  const locationIds: Record<string, string> = {};

  async function audit(query: string, token?: string): Promise<AuditItem[]> {
    const response = await t.get(`/api/v1/audit${query}`, token);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.items;
  }

  beforeAll(async () => {
    t = await startTestApp({ clock });
    // A second admin who signs in, so there are two actors to tell apart.
    clock.set('2031-03-01T08:00:00Z');
    const token = await t.tokenFor('admin');
    const me = await t.get('/api/v1/me', token);
    admin = { token, id: me.body.id, email: me.body.email };

    // Three locations at three known instants; the middle one by the signed-in admin.
    for (const [code, at, by] of [
      ['AUD-A', '2031-03-01T09:00:00Z', undefined],
      ['AUD-B', '2031-03-01T10:00:00Z', admin.token],
      ['AUD-C', '2031-03-01T11:00:00Z', undefined],
    ] as const) {
      clock.set(at);
      const created = await t.post('/api/v1/locations', { code, name: `Audited ${code}`, kind: 'store' }, by ? { token: by } : {});
      expect(created.status).toBe(201);
      locationIds[code] = created.body.id;
    }
    clock.set('2031-03-01T11:30:00Z');
  });
  afterAll(() => t.close());

  it('records creating a user: actor, action, entity, no before, an after without the password', async () => {
    clock.set('2031-03-01T12:00:00Z');
    const created = await t.post('/api/v1/users', { email: 'audited@audit.test', name: 'Audie Ted', role: 'finance', password: PASSWORD });
    expect(created.status).toBe(201);

    const rows = await t.app.database.kysely.selectFrom('audit_log').selectAll().where('entity_id', '=', created.body.id).execute();
    expect(rows).toHaveLength(1);
    const row = rows[0] as Record<string, any>;
    expect(row).toMatchObject({ actor_id: BOOTSTRAP_ADMIN_ID, actor_email: 'admin@emporium.local', action: 'user.created', entity: 'user', before: null });
    expect(new Date(row.at).toISOString()).toBe('2031-03-01T12:00:00.000Z');
    expect(row.after).toMatchObject({ id: created.body.id, email: 'audited@audit.test', name: 'Audie Ted', role: 'finance' });
    expect(JSON.stringify(row.after)).not.toContain(PASSWORD);
    expect(JSON.stringify(row.after)).not.toMatch(/scrypt/);

    const items = await audit(`?entity=user&entityId=${created.body.id}`);
    expect(items).toEqual([
      {
        id: expect.any(Number),
        at: '2031-03-01T12:00:00.000Z',
        actor: { id: BOOTSTRAP_ADMIN_ID, email: 'admin@emporium.local' },
        action: 'user.created',
        entity: 'user',
        entityId: created.body.id,
        entityNumber: null,
        before: null,
        after: expect.objectContaining({ email: 'audited@audit.test', role: 'finance' }),
      },
    ]);
  });

  it('records creating a location with the location as it was created', async () => {
    const items = await audit(`?entity=location&entityId=${locationIds['AUD-B']}`);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      at: '2031-03-01T10:00:00.000Z',
      actor: { id: admin.id, email: admin.email },
      action: 'location.created',
      entity: 'location',
      before: null,
      after: { id: locationIds['AUD-B'], code: 'AUD-B', name: 'Audited AUD-B', kind: 'store', shipsToCustomers: false, pickupPoint: true },
    });
  });

  it('records a change with its before and after', async () => {
    clock.set('2031-03-01T13:00:00Z');
    const before = await t.get('/api/v1/company');
    const changed = await t.post('/api/v1/company', { name: 'Audited Retail' });
    expect(changed.status).toBe(200);
    const items = await audit('?entity=company&action=company.updated');
    expect(items[0]).toMatchObject({ at: '2031-03-01T13:00:00.000Z', before: before.body, after: { ...before.body, name: 'Audited Retail' } });
  });

  it('writes nothing for a request that failed', async () => {
    const count = async () => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log`.execute(t.app.database.kysely)).rows[0]?.n;
    const before = await count();
    expect((await t.post('/api/v1/locations', { code: 'AUD-A', name: 'Again', kind: 'store' })).status).toBe(409);
    expect((await t.post('/api/v1/users', { email: 'x@audit.test', name: 'X', role: 'analyst', locations: ['NOWHERE'], password: PASSWORD })).status).toBe(422);
    expect(await count()).toBe(before);
  });

  it('filters by entity, newest first', async () => {
    const items = await audit('?entity=location');
    expect(items.map((item) => item.after.code)).toEqual(['AUD-C', 'AUD-B', 'AUD-A']);
    for (const item of items) expect(item.entity).toBe('location');
    expect(items.map((item) => item.id)).toEqual([...items.map((item) => item.id)].sort((a, b) => b - a));
  });

  it('filters by actor, given by email or by id', async () => {
    const byEmail = await audit(`?entity=location&actor=${encodeURIComponent(admin.email)}`);
    expect(byEmail.map((item) => item.after.code)).toEqual(['AUD-B']);
    const byId = await audit(`?entity=location&actor=${admin.id}`);
    expect(byId).toEqual(byEmail);

    const bootstrapByEmail = await audit('?entity=location&actor=admin%40emporium.local');
    expect(bootstrapByEmail.map((item) => item.after.code)).toEqual(['AUD-C', 'AUD-A']);
    // The built-in admin's id is not an RFC 9562 UUID; it must still be recognised as an id.
    const bootstrapById = await audit(`?entity=location&actor=${BOOTSTRAP_ADMIN_ID}`);
    expect(bootstrapById).toEqual(bootstrapByEmail);

    expect(await audit('?actor=nobody%40audit.test')).toEqual([]);
  });

  it('filters by time, from and to inclusive, with date-times or dates', async () => {
    const codes = async (query: string) => (await audit(`?entity=location${query}`)).map((item) => item.after.code);
    expect(await codes('&from=2031-03-01T10:00:00Z&to=2031-03-01T10:00:00Z')).toEqual(['AUD-B']);
    expect(await codes('&from=2031-03-01T10:00:00Z')).toEqual(['AUD-C', 'AUD-B']);
    expect(await codes('&to=2031-03-01T10:00:00Z')).toEqual(['AUD-B', 'AUD-A']);
    expect(await codes('&from=2031-03-01T09:00:00.001Z&to=2031-03-01T10:59:59Z')).toEqual(['AUD-B']);
    expect(await codes('&from=2031-03-01T11:00:00%2B01:00')).toEqual(['AUD-C', 'AUD-B']);
    expect(await codes('&from=2031-03-01T11:00:00.000-01:00')).toEqual([]);
    expect(await codes('&from=2031-03-01&to=2031-03-02')).toEqual(['AUD-C', 'AUD-B', 'AUD-A']);
    expect(await codes('&from=2031-03-02')).toEqual([]);
    // A date alone as `to` means the whole of that day.
    expect(await codes('&from=2031-03-01&to=2031-03-01')).toEqual(['AUD-C', 'AUD-B', 'AUD-A']);
    expect(await codes('&to=2031-02-28')).toEqual([]);
    expect(await codes(`&actor=${admin.id}&from=2031-03-01T10:00:01Z`)).toEqual([]);
  });

  it('pages through the trail exactly once', async () => {
    const all = await audit('?limit=500');
    expect(all.length).toBeGreaterThanOrEqual(6);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const response: { status: number; body: { items: AuditItem[]; nextCursor: string | null } } = await t.get(
        `/api/v1/audit?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(response.status).toBe(200);
      expect(response.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...response.body.items.map((item) => item.id));
      cursor = response.body.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(all.map((item) => item.id));
  });

  it('lets admin and finance read it; analyst, store_manager and the other roles get 403', async () => {
    clock.set('2031-03-01T14:00:00Z');
    expect((await t.get('/api/v1/audit', admin.token)).status).toBe(200);
    const finance = await t.tokenFor('finance');
    const read = await t.get('/api/v1/audit?entity=location', finance);
    expect(read.status).toBe(200);
    expect(read.body.items.length).toBe(3);

    for (const [role, locations] of [
      ['analyst', undefined],
      ['store_manager', ['AUD-A']],
      ['store_associate', ['AUD-A']],
      ['warehouse_operator', ['AUD-A']],
      ['buyer', undefined],
      ['service_agent', undefined],
    ] as const) {
      const token = await t.tokenFor(role, locations ? [...locations] : undefined);
      const response = await t.get('/api/v1/audit', token);
      expect(response.status, role).toBe(403);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.code).toBe('forbidden');
    }
    expect((await t.get('/api/v1/audit', null)).status).toBe(401);
  });
});
