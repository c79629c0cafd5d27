// Network contract: creating locations (with the retailer's defaults), listing them a page at a time,
// hiding the virtual locations, and who may create them.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

function expectProblem(response: { status: number; body: any; headers: Record<string, unknown> }, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ type: expect.any(String), title: expect.any(String), status, detail: expect.any(String), code });
}

describe('locations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const countLocations = async () =>
    (await sql<{ n: number }>`SELECT count(*)::int AS n FROM location`.execute(t.app.database.kysely)).rows[0]?.n;

  describe('POST /api/v1/locations', () => {
    it.each([
      ['warehouse', { shipsToCustomers: true, pickupPoint: false }],
      ['store', { shipsToCustomers: false, pickupPoint: true }],
      ['online', { shipsToCustomers: false, pickupPoint: false }],
    ] as const)('creates a %s with the default flags when they are left out', async (kind, flags) => {
      const code = `DEF-${kind.toUpperCase()}`;
      const response = await t.post('/api/v1/locations', { code, name: `A ${kind}`, kind });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), code, name: `A ${kind}`, kind, ...flags });

      const fetched = await t.get(`/api/v1/locations/${code}`);
      expect(fetched.status).toBe(200);
      expect(fetched.body).toEqual(response.body);
    });

    it('keeps flags that are given explicitly', async () => {
      const store = await t.post('/api/v1/locations', { code: 'SHIP-STORE', name: 'Ship-from-store', kind: 'store', shipsToCustomers: true, pickupPoint: false });
      expect(store.status).toBe(201);
      expect(store.body).toMatchObject({ shipsToCustomers: true, pickupPoint: false });
      const warehouse = await t.post('/api/v1/locations', { code: 'PICKUP-WH', name: 'Warehouse counter', kind: 'warehouse', shipsToCustomers: false, pickupPoint: true });
      expect(warehouse.status).toBe(201);
      expect(warehouse.body).toMatchObject({ shipsToCustomers: false, pickupPoint: true });
    });

    it('never lets an online location ship or be a pickup point (it holds no stock)', async () => {
      const response = await t.post('/api/v1/locations', { code: 'ONLINE-FLAGS', name: 'Shop', kind: 'online', shipsToCustomers: true, pickupPoint: true });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ kind: 'online', shipsToCustomers: false, pickupPoint: false });
    });

    it('refuses a duplicate code with 409 already_exists and keeps the first', async () => {
      expect((await t.post('/api/v1/locations', { code: 'DUP-1', name: 'First', kind: 'store' })).status).toBe(201);
      const before = await countLocations();
      const second = await t.post('/api/v1/locations', { code: 'DUP-1', name: 'Second', kind: 'warehouse' });
      expectProblem(second, 409, 'already_exists');
      expect(await countLocations()).toBe(before);
      expect((await t.get('/api/v1/locations/DUP-1')).body).toMatchObject({ name: 'First', kind: 'store' });
    });

    it('refuses to create a location with a reserved virtual code', async () => {
      const before = await countLocations();
      const response = await t.post('/api/v1/locations', { code: '@supplier', name: 'Sneaky', kind: 'store' });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(await countLocations()).toBe(before);
    });

    it.each([
      ['an empty code', ''],
      ['a 65-character code', 'X'.repeat(65)],
      ['a code with a NUL', 'A\u0000B'],
      ['a code with a tab', 'A\tB'],
      ['a code with a newline', 'A\n'],
      ['a code with DEL', 'A\u007f'],
      ['a code with a C1 control character', 'A\u0085B'],
    ])('answers 400 validation_failed at /code for %s', async (_what, code) => {
      const before = await countLocations();
      const response = await t.post('/api/v1/locations', { code, name: 'Bad', kind: 'store' });
      expectProblem(response, 400, 'validation_failed');
      expect(response.body.errors).toEqual(expect.arrayContaining([{ path: '/code', message: expect.any(String) }]));
      expect(await countLocations()).toBe(before);
    });

    it('answers 400 at /name for a name with a control character, and accepts emoji', async () => {
      const bad = await t.post('/api/v1/locations', { code: 'CTRL-NAME', name: 'Null\u0000Store', kind: 'store' });
      expectProblem(bad, 400, 'validation_failed');
      expect(bad.body.errors).toEqual([{ path: '/name', message: expect.any(String) }]);
      const emoji = await t.post('/api/v1/locations', { code: 'EMOJI', name: 'Flagship 🏬', kind: 'store' });
      expect(emoji.status).toBe(201);
      expect((await t.get('/api/v1/locations/EMOJI')).body.name).toBe('Flagship 🏬');
    });

    it('accepts a code of exactly 64 characters', async () => {
      const code = 'L'.repeat(64);
      expect((await t.post('/api/v1/locations', { code, name: 'Long', kind: 'store' })).status).toBe(201);
      expect((await t.get(`/api/v1/locations/${code}`)).status).toBe(200);
    });

    it.each([
      ['an unknown kind', { kind: 'supplier' }, '/kind'],
      ['a missing name', { name: undefined }, '/name'],
      ['a non-boolean flag', { shipsToCustomers: 'yes' }, '/shipsToCustomers'],
    ])('answers 400 validation_failed for %s', async (_what, change, path) => {
      const response = await t.post('/api/v1/locations', { code: 'VALID-CODE', name: 'N', kind: 'store', ...change });
      expectProblem(response, 400, 'validation_failed');
      expect(response.body.errors).toEqual(expect.arrayContaining([{ path, message: expect.any(String) }]));
    });

    it.each(['store_manager', 'warehouse_operator', 'buyer', 'finance', 'analyst'])('answers 403 when a %s creates a location', async (role) => {
      const scoped = role === 'store_manager' || role === 'warehouse_operator';
      if (scoped) await t.post('/api/v1/locations', { code: 'SCOPE-1', name: 'Scope', kind: 'store' });
      const token = await t.tokenFor(role, scoped ? ['SCOPE-1'] : undefined);
      const before = await countLocations();
      const response = await t.post('/api/v1/locations', { code: `BY-${role}`, name: 'Nope', kind: 'store' }, { token });
      expectProblem(response, 403, 'forbidden');
      expect(await countLocations()).toBe(before);
      // Reading is allowed to every role.
      expect((await t.get('/api/v1/locations', token)).status).toBe(200);
    });
  });

  describe('GET /api/v1/locations', () => {
    const created: string[] = [];
    beforeAll(async () => {
      for (let i = 0; i < 23; i++) {
        const code = `PAGE-${String(i).padStart(2, '0')}`;
        const kind = (['store', 'warehouse', 'online'] as const)[i % 3];
        const response = await t.post('/api/v1/locations', { code, name: `Paged ${i}`, kind });
        expect(response.status).toBe(201);
        created.push(code);
      }
    });

    async function listAll(limit: number, query = ''): Promise<{ codes: string[]; pages: number }> {
      const codes: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const url: string = `/api/v1/locations?limit=${limit}${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const response = await t.get(url);
        expect(response.status).toBe(200);
        expect(response.body.items.length).toBeLessThanOrEqual(limit);
        codes.push(...response.body.items.map((item: { code: string }) => item.code));
        cursor = response.body.nextCursor;
        pages += 1;
        expect(pages).toBeLessThan(1000);
      } while (cursor !== null);
      return { codes, pages };
    }

    it('pages through every physical location exactly once, for any page size', async () => {
      const physical = await t.app.database.kysely
        .selectFrom('location')
        .select('code')
        .where('kind', 'in', ['warehouse', 'store', 'online'])
        .execute();
      const expected = physical.map((row: { code: string }) => row.code).sort();
      expect(expected).toEqual(expect.arrayContaining(created));

      for (const limit of [1, 2, 5, 7, 23, 500]) {
        const { codes, pages } = await listAll(limit);
        expect(new Set(codes).size).toBe(codes.length);
        expect([...codes].sort()).toEqual(expected);
        expect(pages).toBe(Math.max(1, Math.ceil(expected.length / limit)));
      }
    });

    it('returns items in the contract shape with a null cursor on the last page', async () => {
      const response = await t.get('/api/v1/locations?limit=500');
      expect(response.status).toBe(200);
      expect(response.body.nextCursor).toBeNull();
      for (const item of response.body.items) {
        expect(item).toMatchObject({
          id: expect.any(String),
          code: expect.any(String),
          name: expect.any(String),
          kind: expect.stringMatching(/^(warehouse|store|online)$/),
          shipsToCustomers: expect.any(Boolean),
          pickupPoint: expect.any(Boolean),
        });
      }
    });

    it('defaults to 50 items a page', async () => {
      for (let i = 0; i < 40; i++) await t.post('/api/v1/locations', { code: `BULK-${i}`, name: 'Bulk', kind: 'store' });
      const response = await t.get('/api/v1/locations');
      expect(response.status).toBe(200);
      expect(response.body.items).toHaveLength(50);
      expect(response.body.nextCursor).toEqual(expect.any(String));
    });

    it('filters by kind', async () => {
      const { codes } = await listAll(4, '&kind=online');
      expect(codes.length).toBeGreaterThan(0);
      for (const code of codes) expect((await t.get(`/api/v1/locations/${code}`)).body.kind).toBe('online');
    });

    it('never lists the virtual locations, and does not serve them one by one either', async () => {
      const { codes } = await listAll(500);
      expect(codes.filter((code) => code.startsWith('@'))).toEqual([]);
      const virtual = await t.app.database.kysely.selectFrom('location').select('code').where('code', 'like', '@%').execute();
      expect(virtual.length).toBeGreaterThan(0);
      for (const { code } of virtual as Array<{ code: string }>) {
        expectProblem(await t.get(`/api/v1/locations/${encodeURIComponent(code)}`), 404, 'not_found');
        expectProblem(await t.get(`/api/v1/locations/${code}`), 404, 'not_found');
      }
    });

    it('answers 404 not_found for an unknown code', async () => {
      expectProblem(await t.get('/api/v1/locations/NOPE'), 404, 'not_found');
    });

    it.each(['limit=0', 'limit=501', 'limit=abc', 'limit=1.5', 'kind=supplier', 'cursor=not-a-cursor'])('answers 400 for ?%s', async (query) => {
      expectProblem(await t.get(`/api/v1/locations?${query}`), 400, 'validation_failed');
    });
  });
});
