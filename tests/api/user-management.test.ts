// User management: changing a user (the next request already runs with it), deactivation (tokens dead at
// once), passwords (own change and admin reset), sign-out, the caller's permissions, refused requests in the
// audit trail, and 403s that read as sentences.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isKnownAction } from '../../src/modules/identity/index.ts';
import { installAuthentication } from '../../src/platform/http/authentication.ts';
import { createHttpServer } from '../../src/platform/http/http-server.ts';
import { ADMIN_TOKEN, type ApiResponse, startTestApp, type TestApp } from '../support/test-app.ts';

const PASSWORD = 'correct horse battery';
const BOOTSTRAP_ADMIN_ID = '00000000-0000-0000-0000-000000000001';
let counter = 0;

interface Account {
  id: string;
  email: string;
  token: string;
}

function expectProblem(response: ApiResponse, status: number, code: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body.code).toBe(code);
}

describe('user management', () => {
  let t: TestApp;

  const signIn = (email: string, password = PASSWORD) => t.post('/api/v1/auth/tokens', { email, password }, { token: null });

  async function account(role: string, locations?: string[]): Promise<Account> {
    const email = `managed.${++counter}@users.test`;
    const created = await t.post('/api/v1/users', { email, name: `Managed ${counter}`, role, locations, password: PASSWORD });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const signedIn = await signIn(email);
    expect(signedIn.status).toBe(201);
    return { id: created.body.id, email, token: signedIn.body.token };
  }

  const auditOf = async (query: string) => {
    const response = await t.get(`/api/v1/audit${query}`);
    expect(response.status).toBe(200);
    return response.body.items as any[];
  };

  beforeAll(async () => {
    t = await startTestApp();
    for (const code of ['UM-S1', 'UM-S2']) expect((await t.post('/api/v1/locations', { code, name: code, kind: 'store' })).status).toBe(201);
    expect((await t.post('/api/v1/products', { sku: 'UM-TEE', name: 'Tee', cost: 400, price: 1000 })).status).toBe(201);
  });
  afterAll(() => t.close());

  describe('POST /api/v1/users/{id}', () => {
    it('changes name, role and locations; the user’s next request already runs with them', async () => {
      const user = await account('analyst');
      expect((await t.get('/api/v1/audit', user.token)).status).toBe(403);

      const changed = await t.post(`/api/v1/users/${user.id}`, { name: 'Fin Ance', role: 'finance', locations: [] });
      expect(changed.status).toBe(200);
      expect(changed.body).toEqual({ id: user.id, email: user.email, name: 'Fin Ance', role: 'finance', locations: [], active: true });
      expect((await t.get(`/api/v1/users/${user.id}`)).body).toEqual(changed.body);

      // The same token, no new sign-in: finance reads the audit trail.
      expect((await t.get('/api/v1/audit', user.token)).status).toBe(200);
      const me = await t.get('/api/v1/me', user.token);
      expect(me.body).toMatchObject({ role: 'finance', name: 'Fin Ance' });
      expect(me.body.permissions).toContain('audit.read');
    });

    it('replaces the locations, and the new scope applies to the next request', async () => {
      const manager = await account('store_manager', ['UM-S1']);
      const adjust = (location: string) =>
        t.post('/api/v1/inventory/adjustments', { location, reason: 'found', lines: [{ sku: 'UM-TEE', delta: 1 }] }, { token: manager.token });
      expect((await adjust('UM-S1')).status).toBe(201);
      expect((await adjust('UM-S2')).status).toBe(403);

      const changed = await t.post(`/api/v1/users/${manager.id}`, { locations: ['UM-S2'] });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ role: 'store_manager', locations: ['UM-S2'] });
      expect((await adjust('UM-S2')).status).toBe(201);
      expect((await adjust('UM-S1')).status).toBe(403);
    });

    it('audits the change with before and after, and a request that changes nothing writes nothing', async () => {
      const user = await account('buyer');
      expect((await t.post(`/api/v1/users/${user.id}`, { role: 'analyst' })).status).toBe(200);
      const [entry] = await auditOf(`?entity=user&entityId=${user.id}&action=user.changed`);
      expect(entry).toMatchObject({ actor: { id: BOOTSTRAP_ADMIN_ID }, before: { role: 'buyer', active: true }, after: { role: 'analyst', active: true } });

      expect((await t.post(`/api/v1/users/${user.id}`, { role: 'analyst' })).status).toBe(200);
      expect(await auditOf(`?entity=user&entityId=${user.id}&action=user.changed`)).toHaveLength(1);
    });

    it('refuses an unknown location (422, nothing changed), an unknown field (400), an unknown user (404)', async () => {
      const user = await account('store_associate', ['UM-S1']);
      const unknown = await t.post(`/api/v1/users/${user.id}`, { name: 'Changed', locations: ['UM-S2', 'NOWHERE'] });
      expectProblem(unknown, 422, 'unknown_reference');
      expect(unknown.body.errors).toEqual([{ path: '/locations/1', message: expect.any(String) }]);
      expect((await t.get(`/api/v1/users/${user.id}`)).body).toMatchObject({ name: expect.not.stringMatching('Changed'), locations: ['UM-S1'] });

      const extra = await t.post(`/api/v1/users/${user.id}`, { email: 'new@users.test' });
      expectProblem(extra, 400, 'validation_failed');
      expectProblem(await t.post('/api/v1/users/3f1c1d4e-8a7b-4c55-9b0e-2d6f5a4c3b21', { name: 'Nobody' }), 404, 'not_found');
    });

    it('is for administrators only', async () => {
      const manager = await account('store_manager', ['UM-S1']);
      const victim = await account('store_associate', ['UM-S1']);
      expectProblem(await t.post(`/api/v1/users/${victim.id}`, { role: 'admin' }, { token: manager.token }), 403, 'forbidden');
      expect((await t.get(`/api/v1/users/${victim.id}`)).body.role).toBe('store_associate');
    });

    it('does not change the built-in admin, nor let an administrator change their own role (409)', async () => {
      expectProblem(await t.post(`/api/v1/users/${BOOTSTRAP_ADMIN_ID}`, { role: 'analyst' }), 409, 'built_in_user');
      const admin = await account('admin');
      expectProblem(await t.post(`/api/v1/users/${admin.id}`, { role: 'analyst' }, { token: admin.token }), 409, 'cannot_change_own_role');
      // Their own name is fine.
      expect((await t.post(`/api/v1/users/${admin.id}`, { name: 'Renamed Admin' }, { token: admin.token })).status).toBe(200);
    });
  });

  describe('deactivate and reactivate', () => {
    it('revokes every token of the user at once and refuses their sign-in until reactivated', async () => {
      const user = await account('store_associate', ['UM-S1']);
      const second = (await signIn(user.email)).body.token as string;
      expect((await t.get('/api/v1/me', second)).status).toBe(200);

      const deactivated = await t.post(`/api/v1/users/${user.id}/deactivate`);
      expect(deactivated.status).toBe(200);
      expect(deactivated.body).toMatchObject({ id: user.id, active: false });
      for (const token of [user.token, second]) expectProblem(await t.get('/api/v1/me', token), 401, 'unauthorized');
      expectProblem(await signIn(user.email), 401, 'unauthorized');
      expect((await t.get(`/api/v1/users/${user.id}`)).body.active).toBe(false);
      const listed = await t.get('/api/v1/users?limit=500');
      expect(listed.body.items.find((item: { id: string }) => item.id === user.id)).toMatchObject({ active: false });

      const [entry] = await auditOf(`?entity=user&entityId=${user.id}&action=user.deactivated`);
      expect(entry).toMatchObject({ before: { active: true }, after: { active: false, tokensRevoked: 2 } });

      const reactivated = await t.post(`/api/v1/users/${user.id}/reactivate`);
      expect(reactivated.status).toBe(200);
      expect(reactivated.body.active).toBe(true);
      // Revoked tokens stay revoked; a new sign-in works.
      expectProblem(await t.get('/api/v1/me', user.token), 401, 'unauthorized');
      const again = await signIn(user.email);
      expect(again.status).toBe(201);
      expect((await t.get('/api/v1/me', again.body.token)).body).toMatchObject({ id: user.id, active: true });
      expect(await auditOf(`?entity=user&entityId=${user.id}&action=user.reactivated`)).toHaveLength(1);
    });

    it('refuses to deactivate the built-in admin, or oneself (409), and keeps them working', async () => {
      expectProblem(await t.post(`/api/v1/users/${BOOTSTRAP_ADMIN_ID}/deactivate`), 409, 'built_in_user');
      expect((await t.get('/api/v1/me', ADMIN_TOKEN)).status).toBe(200);
      const admin = await account('admin');
      expectProblem(await t.post(`/api/v1/users/${admin.id}/deactivate`, undefined, { token: admin.token }), 409, 'cannot_deactivate_self');
      expect((await t.get('/api/v1/me', admin.token)).body.active).toBe(true);
    });

    it('is for administrators only', async () => {
      const manager = await account('store_manager', ['UM-S1']);
      const victim = await account('store_associate', ['UM-S1']);
      expectProblem(await t.post(`/api/v1/users/${victim.id}/deactivate`, undefined, { token: manager.token }), 403, 'forbidden');
      expect((await t.get('/api/v1/me', victim.token)).status).toBe(200);
    });
  });

  describe('passwords', () => {
    it('lets a user change their own password: the current token stays, their other tokens die', async () => {
      const user = await account('buyer');
      const other = (await signIn(user.email)).body.token as string;
      const change = (body: unknown) => t.post('/api/v1/me/password', body, { token: user.token });

      expectProblem(await change({ currentPassword: 'not my password', newPassword: 'a new long password' }), 403, 'wrong_password');
      expect((await t.get('/api/v1/me', other)).status).toBe(200);
      expectProblem(await change({ currentPassword: PASSWORD, newPassword: 'short' }), 400, 'validation_failed');

      const changed = await change({ currentPassword: PASSWORD, newPassword: 'a new long password' });
      expect(changed.status).toBe(204);
      expect(changed.body).toBeUndefined();
      expect((await t.get('/api/v1/me', user.token)).status).toBe(200);
      expectProblem(await t.get('/api/v1/me', other), 401, 'unauthorized');
      expectProblem(await signIn(user.email), 401, 'unauthorized');
      expect((await signIn(user.email, 'a new long password')).status).toBe(201);
      const [entry] = await auditOf(`?entity=user&entityId=${user.id}&action=user.password_changed`);
      expect(entry).toMatchObject({ actor: { id: user.id }, after: { otherTokensRevoked: 1 } });
      expect(JSON.stringify(entry)).not.toContain('a new long password');
    });

    it('has no password to change for the built-in admin (409)', async () => {
      expectProblem(await t.post('/api/v1/me/password', { currentPassword: 'x', newPassword: 'a new long password' }), 409, 'built_in_user');
    });

    it('lets an administrator set a new password, revoking every token of that user', async () => {
      const user = await account('service_agent');
      const reset = await t.post(`/api/v1/users/${user.id}/password`, { password: 'set by the admin' });
      expect(reset.status).toBe(204);
      expectProblem(await t.get('/api/v1/me', user.token), 401, 'unauthorized');
      expectProblem(await signIn(user.email), 401, 'unauthorized');
      expect((await signIn(user.email, 'set by the admin')).status).toBe(201);
      expect(await auditOf(`?entity=user&entityId=${user.id}&action=user.password_reset`)).toEqual([
        expect.objectContaining({ after: { tokensRevoked: 1 } }),
      ]);

      expectProblem(await t.post(`/api/v1/users/${user.id}/password`, { password: 'short' }), 400, 'validation_failed');
      expectProblem(await t.post(`/api/v1/users/${BOOTSTRAP_ADMIN_ID}/password`, { password: 'a long password' }), 409, 'built_in_user');
      const manager = await account('store_manager', ['UM-S1']);
      expectProblem(await t.post(`/api/v1/users/${user.id}/password`, { password: 'by a manager' }, { token: manager.token }), 403, 'forbidden');
    });
  });

  describe('DELETE /api/v1/auth/tokens/current', () => {
    it('signs out: that token is refused at once, the user’s other tokens still work', async () => {
      const user = await account('analyst');
      const other = (await signIn(user.email)).body.token as string;
      const signedOut = await t.request('DELETE', '/api/v1/auth/tokens/current', { token: user.token });
      expect(signedOut.status).toBe(204);
      expectProblem(await t.get('/api/v1/me', user.token), 401, 'unauthorized');
      expectProblem(await t.request('DELETE', '/api/v1/auth/tokens/current', { token: user.token }), 401, 'unauthorized');
      expect((await t.get('/api/v1/me', other)).status).toBe(200);
    });

    it('cannot sign out EMPORIUM_ADMIN_TOKEN (409) and needs a token (401)', async () => {
      expectProblem(await t.request('DELETE', '/api/v1/auth/tokens/current'), 409, 'built_in_token');
      expect((await t.get('/api/v1/me')).status).toBe(200);
      expectProblem(await t.request('DELETE', '/api/v1/auth/tokens/current', { token: null }), 401, 'unauthorized');
    });
  });

  describe('GET /api/v1/me permissions', () => {
    it('lists the actions of the caller’s role', async () => {
      const associate = await account('store_associate', ['UM-S1']);
      const me = await t.get('/api/v1/me', associate.token);
      expect([...me.body.permissions].sort()).toEqual(
        [
          'company.read', 'inventory.availability', 'inventory.read', 'locations.read', 'me.password', 'me.read', 'me.sign_out', 'notifications.read', 'orders.cancel', 'orders.create',
          'orders.fulfill', 'orders.read', 'products.read', 'returns.create', 'returns.eligibility', 'returns.read', 'transfers.read', 'transfers.receive',
        ].sort(),
      );
    });

    it('gives an administrator every known action, not "*"', async () => {
      const me = await t.get('/api/v1/me');
      expect(me.body.permissions).not.toContain('*');
      expect(me.body.permissions).toEqual(expect.arrayContaining(['users.create', 'users.write', 'metrics.read', 'costs.read', 'accounting.write']));
      for (const action of me.body.permissions) expect(isKnownAction(action)).toBe(true);
      for (const role of ['analyst', 'finance', 'store_manager']) {
        const theirs = (await t.get('/api/v1/me', (await account(role, role === 'store_manager' ? ['UM-S1'] : undefined)).token)).body.permissions;
        for (const action of theirs) expect(me.body.permissions).toContain(action);
      }
    });
  });

  describe('refused requests', () => {
    it('answer 403 with a sentence built from the role and the action', async () => {
      const agent = await account('service_agent');
      const refused = await t.post('/api/v1/orders', { channel: 'store', location: 'UM-S1', fulfillment: 'carry_out', lines: [{ sku: 'UM-TEE', quantity: 1 }] }, { token: agent.token });
      expectProblem(refused, 403, 'forbidden');
      expect(refused.body.detail).toBe('A service agent may not create orders.');
      const associate = await account('store_associate', ['UM-S1']);
      expect((await t.post('/api/v1/users', { email: 'x@users.test', name: 'X', role: 'admin', password: PASSWORD }, { token: associate.token })).body.detail).toBe(
        'A store associate may not create users.',
      );
    });

    it('are written to the audit trail: who, when, which route and action, method and url', async () => {
      const associate = await account('store_associate', ['UM-S1']);
      const refused = await t.request('GET', '/api/v1/users?limit=5', { token: associate.token });
      expectProblem(refused, 403, 'forbidden');
      const [entry] = await auditOf(`?action=access.refused&actor=${encodeURIComponent(associate.email)}`);
      expect(entry).toMatchObject({
        at: expect.any(String),
        actor: { id: associate.id, email: associate.email },
        action: 'access.refused',
        entity: 'route',
        entityId: '/api/v1/users',
        before: null,
        after: { method: 'GET', url: '/api/v1/users?limit=5', route: '/api/v1/users', action: 'users.read', code: 'forbidden', detail: refused.body.detail },
      });
      expect(Date.now() - Date.parse(entry.at)).toBeLessThan(60_000);
    });

    it('include refusals by a command, whose transaction rolled back', async () => {
      const manager = await account('store_manager', ['UM-S1']);
      const refused = await t.post('/api/v1/inventory/adjustments', { location: 'UM-S2', reason: 'found', lines: [{ sku: 'UM-TEE', delta: 5 }] }, { token: manager.token });
      expectProblem(refused, 403, 'forbidden');
      const entries = await auditOf(`?actor=${manager.id}`);
      expect(entries).toEqual([
        expect.objectContaining({
          action: 'access.refused',
          entityId: '/api/v1/inventory/adjustments',
          after: expect.objectContaining({ method: 'POST', action: 'inventory.adjust', detail: refused.body.detail }),
        }),
      ]);
    });

    it('are not written for an anonymous request (401)', async () => {
      const before = await auditOf('?action=access.refused&limit=500');
      expect((await t.get('/api/v1/users', null)).status).toBe(401);
      expect(await auditOf('?action=access.refused&limit=500')).toHaveLength(before.length);
    });
  });

  it('refuses to register a route whose action the permission table does not know', async () => {
    const app = await createHttpServer({ logger: false, version: 'test' });
    installAuthentication(app, {
      authenticate: async () => undefined,
      allows: () => false,
      refusal: () => 'no',
      knows: isKnownAction,
      recordRefusal: async () => undefined,
    });
    expect(() => app.get('/typo', { config: { action: 'orders.craete' } }, async () => ({}))).toThrow(/orders\.craete/);
    await app.close();
  });
});
