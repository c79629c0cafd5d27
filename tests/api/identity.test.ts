// Identity contract: creating users, signing in, bearer tokens (issued, bootstrap and expired) and who may do what.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../support/test-app.ts';

const PASSWORD = 'correct horse battery';
let emailCounter = 0;
const newEmail = (prefix = 'user') => `${prefix}.${++emailCounter}@identity.test`;

function expectProblem(response: { status: number; body: any; headers: Record<string, unknown> }, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ type: expect.any(String), title: expect.any(String), status, detail: expect.any(String), code });
}

describe('identity', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    for (const [code, kind] of [
      ['ID-S1', 'store'],
      ['ID-W1', 'warehouse'],
    ] as const) {
      const created = await t.post('/api/v1/locations', { code, name: code, kind });
      expect(created.status).toBe(201);
    }
  });
  afterAll(() => t.close());

  describe('POST /api/v1/users', () => {
    it('creates a user and answers 201 with id, email, name, role and locations (never the password)', async () => {
      const email = newEmail('manager');
      const response = await t.post('/api/v1/users', { email, name: 'Mia Manager', role: 'store_manager', locations: ['ID-S1'], password: PASSWORD });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), email, name: 'Mia Manager', role: 'store_manager', locations: ['ID-S1'], active: true });
      expect(JSON.stringify(response.body)).not.toContain(PASSWORD);

      const fetched = await t.get(`/api/v1/users/${response.body.id}`);
      expect(fetched.status).toBe(200);
      expect(fetched.body).toEqual(response.body);
    });

    it('creates an unscoped user with an empty location list', async () => {
      const response = await t.post('/api/v1/users', { email: newEmail('buyer'), name: 'Bo Buyer', role: 'buyer', password: PASSWORD });
      expect(response.status).toBe(201);
      expect(response.body.locations).toEqual([]);
    });

    it('refuses a second user whose email differs only in case: 409 already_exists', async () => {
      const email = newEmail('Case');
      expect((await t.post('/api/v1/users', { email, name: 'First', role: 'analyst', password: PASSWORD })).status).toBe(201);
      const second = await t.post('/api/v1/users', { email: email.toUpperCase(), name: 'Second', role: 'analyst', password: PASSWORD });
      expectProblem(second, 409, 'already_exists');
      const rows = await t.app.database.kysely
        .selectFrom('app_user')
        .select('id')
        .where(sql<boolean>`lower(email) = lower(${email})`)
        .execute();
      expect(rows).toHaveLength(1);
    });

    it.each([
      ['an email that is not an email', { email: 'not-an-email' }, '/email'],
      ['an unknown role', { role: 'overlord' }, '/role'],
      ['a password shorter than 8 characters', { password: 'short' }, '/password'],
      ['a missing name', { name: undefined }, '/name'],
      ['an empty location code', { locations: [''] }, '/locations/0'],
      ['a location code with a control character', { locations: ['ID-S1', 'S\u0007'] }, '/locations/1'],
      ['a name with a control character', { name: 'Nul\u0000Name' }, '/name'],
      ['a password with a control character', { password: 'escape\u001b[31m' }, '/password'],
    ])('answers 400 validation_failed with a JSON-pointer path for %s', async (_what, change, path) => {
      const before = await countUsers(t);
      const body = { email: newEmail(), name: 'Val Idation', role: 'analyst', password: PASSWORD, ...change };
      const response = await t.post('/api/v1/users', body);
      expectProblem(response, 400, 'validation_failed');
      expect(response.body.errors).toEqual(expect.arrayContaining([{ path, message: expect.any(String) }]));
      for (const error of response.body.errors) expect(error.path).toMatch(/^(\/[^/]+)+$/);
      expect(await countUsers(t)).toBe(before);
    });

    it('reports every invalid field at once', async () => {
      const response = await t.post('/api/v1/users', { email: 'nope', name: 'X', role: 'nope', password: 'x' });
      expectProblem(response, 400, 'validation_failed');
      expect(response.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['/email', '/password', '/role']);
    });

    it('answers 422 unknown_reference, pointing into the body, for an unknown location code', async () => {
      const before = await countUsers(t);
      const response = await t.post('/api/v1/users', {
        email: newEmail(),
        name: 'Lost',
        role: 'store_associate',
        locations: ['ID-S1', 'NOWHERE'],
        password: PASSWORD,
      });
      expectProblem(response, 422, 'unknown_reference');
      expect(response.body.errors).toEqual([{ path: '/locations/1', message: expect.any(String) }]);
      expect(await countUsers(t)).toBe(before);
    });

    it('does not let a user be scoped to a virtual location', async () => {
      const response = await t.post('/api/v1/users', { email: newEmail(), name: 'Ghost', role: 'store_associate', locations: ['@supplier'], password: PASSWORD });
      expectProblem(response, 422, 'unknown_reference');
    });

    it.each(['store_manager', 'finance', 'analyst', 'buyer'])('answers 403 when a %s creates a user', async (role) => {
      const token = await t.tokenFor(role, role === 'store_manager' ? ['ID-S1'] : undefined);
      const before = await countUsers(t);
      const response = await t.post('/api/v1/users', { email: newEmail(), name: 'Nope', role: 'admin', password: PASSWORD }, { token });
      expectProblem(response, 403, 'forbidden');
      expect(await countUsers(t)).toBe(before);
    });

    it('lets an admin who signed in (not only the bootstrap token) create users', async () => {
      const token = await t.tokenFor('admin');
      const response = await t.post('/api/v1/users', { email: newEmail(), name: 'By Admin', role: 'analyst', password: PASSWORD }, { token });
      expect(response.status).toBe(201);
    });
  });

  describe('authentication', () => {
    it.each([
      ['no Authorization header', undefined],
      ['an unknown bearer token', 'Bearer not-a-token'],
      ['a Basic header', `Basic ${Buffer.from('admin:secret').toString('base64')}`],
      ['"Bearer" without a token', 'Bearer'],
      ['"Bearer" followed by only spaces', 'Bearer    '],
      ['two tokens', `Bearer ${ADMIN_TOKEN} extra`],
      ['the admin token without the scheme', ADMIN_TOKEN],
    ])('answers 401 problem+json for %s', async (_what, authorization) => {
      const headers: Record<string, string> = authorization === undefined ? {} : { authorization };
      for (const [method, url, body] of [
        ['GET', '/api/v1/me', undefined],
        ['GET', '/api/v1/locations', undefined],
        ['POST', '/api/v1/users', { email: newEmail(), name: 'X', role: 'admin', password: PASSWORD }],
      ] as const) {
        const response = await t.request(method, url, { token: null, headers, ...(body ? { body } : {}) });
        expectProblem(response, 401, 'unauthorized');
      }
    });

    it('checks the token before the body: a malformed body without a token is 401, not 400', async () => {
      const response = await t.request('POST', '/api/v1/users', { token: null, rawBody: '{"not json', headers: { 'content-type': 'application/json' } });
      expectProblem(response, 401, 'unauthorized');
    });

    it('accepts the bootstrap EMPORIUM_ADMIN_TOKEN as the built-in admin', async () => {
      const me = await t.get('/api/v1/me', ADMIN_TOKEN);
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ role: 'admin', email: 'admin@emporium.local', locations: [] });
      const byId = await t.get(`/api/v1/users/${me.body.id}`);
      expect(byId.status).toBe(200);
      const { permissions: _mine, ...user } = me.body;
      expect(byId.body).toEqual(user);
      const created = await t.post('/api/v1/users', { email: newEmail(), name: 'By Bootstrap', role: 'analyst', password: PASSWORD }, { token: ADMIN_TOKEN });
      expect(created.status).toBe(201);
    });

    it('does not accept a wrong token that merely resembles the admin token', async () => {
      for (const token of [`${ADMIN_TOKEN}x`, ADMIN_TOKEN.slice(0, -1), ADMIN_TOKEN.toUpperCase()]) {
        expectProblem(await t.get('/api/v1/me', token), 401, 'unauthorized');
      }
    });

    it('accepts the scheme name case-insensitively', async () => {
      const response = await t.request('GET', '/api/v1/me', { token: null, headers: { authorization: `bearer ${ADMIN_TOKEN}` } });
      expect(response.status).toBe(200);
    });
  });

  describe('POST /api/v1/auth/tokens', () => {
    let email: string;
    let userId: string;
    beforeAll(async () => {
      email = newEmail('Signer');
      const created = await t.post('/api/v1/users', { email, name: 'Sig Ner', role: 'store_associate', locations: ['ID-S1'], password: PASSWORD });
      expect(created.status).toBe(201);
      userId = created.body.id;
    });

    it('issues a token for good credentials (email in any case), usable on GET /api/v1/me', async () => {
      for (const given of [email, email.toUpperCase(), email.toLowerCase()]) {
        const response = await t.post('/api/v1/auth/tokens', { email: given, password: PASSWORD }, { token: null });
        expect(response.status).toBe(201);
        expect(response.body).toEqual({ token: expect.any(String), expiresAt: expect.any(String) });
        expect(Date.parse(response.body.expiresAt)).toBeGreaterThan(Date.now());
        expect(new Date(response.body.expiresAt).toISOString()).toBe(response.body.expiresAt);

        const me = await t.get('/api/v1/me', response.body.token);
        expect(me.status).toBe(200);
        expect(me.body).toEqual({ id: userId, email, name: 'Sig Ner', role: 'store_associate', locations: ['ID-S1'], active: true, permissions: expect.any(Array) });
      }
    });

    it('issues a different token on every sign-in and stores only its hash', async () => {
      const first = await t.post('/api/v1/auth/tokens', { email, password: PASSWORD }, { token: null });
      const second = await t.post('/api/v1/auth/tokens', { email, password: PASSWORD }, { token: null });
      expect(first.body.token).not.toBe(second.body.token);
      const stored = await t.app.database.kysely.selectFrom('access_token').select('token_hash').where('user_id', '=', userId).execute();
      expect(stored.length).toBeGreaterThanOrEqual(2);
      expect(stored.map((row: { token_hash: string }) => row.token_hash)).not.toContain(first.body.token);
    });

    it.each([
      ['a wrong password', () => ({ email, password: 'wrong horse battery' })],
      ['an unknown email', () => ({ email: 'nobody@identity.test', password: PASSWORD })],
      ['the right password in the wrong case', () => ({ email, password: PASSWORD.toUpperCase() })],
      ['the built-in admin, who has no password', () => ({ email: 'admin@emporium.local', password: PASSWORD })],
    ])('answers 401 problem+json for %s and issues nothing', async (_what, credentials) => {
      const before = await countRows(t, 'access_token');
      const response = await t.post('/api/v1/auth/tokens', credentials(), { token: null });
      expectProblem(response, 401, 'unauthorized');
      expect(response.body).not.toHaveProperty('token');
      expect(await countRows(t, 'access_token')).toBe(before);
    });

    it('answers 400 for a sign-in without a password, or with NUL in the email', async () => {
      expectProblem(await t.post('/api/v1/auth/tokens', { email }, { token: null }), 400, 'validation_failed');
      expectProblem(await t.post('/api/v1/auth/tokens', { email: `${email}\u0000`, password: PASSWORD }, { token: null }), 400, 'validation_failed');
    });

    it('refuses a token once it has expired', async () => {
      const signedIn = await t.post('/api/v1/auth/tokens', { email, password: PASSWORD }, { token: null });
      const token = signedIn.body.token as string;
      expect((await t.get('/api/v1/me', token)).status).toBe(200);

      const { createHash } = await import('node:crypto');
      const hash = createHash('sha256').update(token).digest('hex');
      const updated = await t.app.database.kysely
        .updateTable('access_token')
        .set({ expires_at: new Date(Date.now() - 1000) })
        .where('token_hash', '=', hash)
        .executeTakeFirst();
      expect(Number(updated.numUpdatedRows)).toBe(1);

      expectProblem(await t.get('/api/v1/me', token), 401, 'unauthorized');
      expectProblem(await t.get('/api/v1/locations', token), 401, 'unauthorized');
    });

    it('refuses a token inserted already expired', async () => {
      const { createHash } = await import('node:crypto');
      const token = 'a-token-that-expired-yesterday';
      await t.app.database.kysely
        .insertInto('access_token')
        .values({
          token_hash: createHash('sha256').update(token).digest('hex'),
          user_id: userId,
          created_at: new Date(Date.now() - 2 * 86_400_000),
          expires_at: new Date(Date.now() - 86_400_000),
        })
        .execute();
      expectProblem(await t.get('/api/v1/me', token), 401, 'unauthorized');
    });
  });
});

async function countUsers(t: TestApp): Promise<number> {
  return countRows(t, 'app_user');
}

async function countRows(t: TestApp, table: string): Promise<number> {
  const result = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(t.app.database.kysely);
  return result.rows[0]?.n ?? -1;
}
