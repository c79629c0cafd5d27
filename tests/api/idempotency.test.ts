// Idempotency-Key contract: a retried write replays its first response and never runs twice, even when
// the retries race; a different body under the same key is refused; failures do not burn keys; keys are per user.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('Idempotency-Key', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const locationsWithCode = async (code: string) =>
    (await sql<{ n: number }>`SELECT count(*)::int AS n FROM location WHERE code = ${code}`.execute(t.app.database.kysely)).rows[0]?.n;
  const auditRowsFor = async (code: string) =>
    (
      await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'location' AND after->>'code' = ${code}`.execute(
        t.app.database.kysely,
      )
    ).rows[0]?.n;
  const withKey = (key: string, token?: string) => ({ headers: { 'idempotency-key': key }, ...(token ? { token } : {}) });

  it('replays the first response (same status, same body) for the same key and body, and writes once', async () => {
    const body = { code: 'IDEM-1', name: 'Idempotent store', kind: 'store' };
    const first = await t.post('/api/v1/locations', body, withKey('key-1'));
    expect(first.status).toBe(201);
    for (let i = 0; i < 3; i++) {
      const again = await t.post('/api/v1/locations', body, withKey('key-1'));
      expect(again.status).toBe(first.status);
      expect(again.body).toEqual(first.body);
    }
    expect(await locationsWithCode('IDEM-1')).toBe(1);
    expect(await auditRowsFor('IDEM-1')).toBe(1);
  });

  it('replays a stored response even for a body whose keys come in another order', async () => {
    const first = await t.post('/api/v1/locations', { code: 'IDEM-ORDER', name: 'Order', kind: 'warehouse' }, withKey('key-order'));
    const again = await t.post('/api/v1/locations', { kind: 'warehouse', name: 'Order', code: 'IDEM-ORDER' }, withKey('key-order'));
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await locationsWithCode('IDEM-ORDER')).toBe(1);
  });

  it('without a key, a repeated request is a new request (and here a conflict)', async () => {
    const body = { code: 'NO-KEY', name: 'No key', kind: 'store' };
    expect((await t.post('/api/v1/locations', body)).status).toBe(201);
    const second = await t.post('/api/v1/locations', body);
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('already_exists');
  });

  it('answers 409 idempotency_key_reused for the same key with a different body, and changes nothing', async () => {
    const first = await t.post('/api/v1/locations', { code: 'IDEM-2', name: 'Two', kind: 'store' }, withKey('key-2'));
    expect(first.status).toBe(201);
    const reused = await t.post('/api/v1/locations', { code: 'IDEM-2B', name: 'Two B', kind: 'store' }, withKey('key-2'));
    expect(reused.status).toBe(409);
    expect(reused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(reused.body).toMatchObject({ status: 409, code: 'idempotency_key_reused', type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
    expect(await locationsWithCode('IDEM-2B')).toBe(0);
    // The original response is still what the key replays.
    const replay = await t.post('/api/v1/locations', { code: 'IDEM-2', name: 'Two', kind: 'store' }, withKey('key-2'));
    expect(replay.body).toEqual(first.body);
  });

  it('treats the same key on another route as a different request', async () => {
    const location = await t.post('/api/v1/locations', { code: 'IDEM-ROUTE', name: 'Route', kind: 'store' }, withKey('key-route'));
    expect(location.status).toBe(201);
    const user = await t.post(
      '/api/v1/users',
      { email: 'route@idempotency.test', name: 'Route', role: 'analyst', password: 'correct horse battery' },
      withKey('key-route'),
    );
    expect(user.status).toBe(409);
    expect(user.body.code).toBe('idempotency_key_reused');
  });

  it('runs 10 concurrent requests with one key exactly once: all 201 with one body, or 409 idempotency_key_in_use', async () => {
    const body = { code: 'RACE-1', name: 'Race', kind: 'warehouse' };
    const responses = await Promise.all(Array.from({ length: 10 }, () => t.post('/api/v1/locations', body, withKey('key-race'))));

    expect(await locationsWithCode('RACE-1')).toBe(1);
    expect(await auditRowsFor('RACE-1')).toBe(1);
    const created = responses.filter((response) => response.status === 201);
    const busy = responses.filter((response) => response.status === 409);
    expect(created.length + busy.length).toBe(10);
    expect(created.length).toBeGreaterThanOrEqual(1);
    for (const response of created) expect(response.body).toEqual(created[0]?.body);
    for (const response of busy) expect(response.body.code).toBe('idempotency_key_in_use');

    const afterwards = await t.post('/api/v1/locations', body, withKey('key-race'));
    expect(afterwards.status).toBe(201);
    expect(afterwards.body).toEqual(created[0]?.body);
  });

  it('runs 10 concurrent requests with different keys and one code exactly once: one 201, the rest 409 already_exists', async () => {
    const body = { code: 'RACE-2', name: 'Race two', kind: 'store' };
    const responses = await Promise.all(Array.from({ length: 10 }, (_, i) => t.post('/api/v1/locations', body, withKey(`key-race2-${i}`))));
    expect(responses.map((response) => response.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    for (const response of responses.filter((r) => r.status === 409)) expect(response.body.code).toBe('already_exists');
    expect(await locationsWithCode('RACE-2')).toBe(1);
    // The keys of the requests that failed are free: each may be used again, for another body.
    const retried = await t.post('/api/v1/locations', { code: 'RACE-2-RETRY', name: 'Retry', kind: 'store' }, withKey(
      `key-race2-${responses.findIndex((r) => r.status === 409)}`,
    ));
    expect(retried.status).toBe(201);
  });

  it('does not burn a key on a request that failed validation (400)', async () => {
    const invalid = await t.post('/api/v1/locations', { code: '', name: 'Bad', kind: 'store' }, withKey('key-400'));
    expect(invalid.status).toBe(400);
    const valid = await t.post('/api/v1/locations', { code: 'AFTER-400', name: 'Good', kind: 'store' }, withKey('key-400'));
    expect(valid.status).toBe(201);
    expect(await locationsWithCode('AFTER-400')).toBe(1);
  });

  it('does not burn a key on a request that failed in the command (409) or on a missing reference (422)', async () => {
    expect((await t.post('/api/v1/locations', { code: 'TAKEN', name: 'Taken', kind: 'store' })).status).toBe(201);
    const conflict = await t.post('/api/v1/locations', { code: 'TAKEN', name: 'Again', kind: 'store' }, withKey('key-409'));
    expect(conflict.status).toBe(409);
    expect(conflict.body.code).toBe('already_exists');
    // Retrying the same failed request runs it again (and fails again), it is not a replay.
    const retry = await t.post('/api/v1/locations', { code: 'TAKEN', name: 'Again', kind: 'store' }, withKey('key-409'));
    expect(retry.status).toBe(409);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    const other = await t.post('/api/v1/locations', { code: 'AFTER-409', name: 'Good', kind: 'store' }, withKey('key-409'));
    expect(other.status).toBe(201);

    const user = { email: 'scoped@idempotency.test', name: 'Scoped', role: 'store_manager', password: 'correct horse battery' };
    const unknown = await t.post('/api/v1/users', { ...user, locations: ['NOWHERE'] }, withKey('key-422'));
    expect(unknown.status).toBe(422);
    const fixed = await t.post('/api/v1/users', { ...user, locations: ['TAKEN'] }, withKey('key-422'));
    expect(fixed.status).toBe(201);
  });

  it('keeps keys per user: two users may use the same key independently', async () => {
    const alice = await t.tokenFor('admin');
    const bob = await t.tokenFor('admin');
    const a = await t.post('/api/v1/locations', { code: 'ALICE', name: 'Alice', kind: 'store' }, withKey('shared-key', alice));
    const b = await t.post('/api/v1/locations', { code: 'BOB', name: 'Bob', kind: 'store' }, withKey('shared-key', bob));
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.body.id).not.toBe(a.body.id);
    expect(await locationsWithCode('ALICE')).toBe(1);
    expect(await locationsWithCode('BOB')).toBe(1);
    // Each still replays its own response.
    expect((await t.post('/api/v1/locations', { code: 'ALICE', name: 'Alice', kind: 'store' }, withKey('shared-key', alice))).body).toEqual(a.body);
    expect((await t.post('/api/v1/locations', { code: 'BOB', name: 'Bob', kind: 'store' }, withKey('shared-key', bob))).body).toEqual(b.body);
  });

  it.each([
    ['empty', ''],
    ['longer than 255 characters', 'k'.repeat(256)],
    ['holding a control character', 'key\u0001'],
  ])('answers 400 for an Idempotency-Key that is %s, and writes nothing', async (_what, key) => {
    const before = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM location`.execute(t.app.database.kysely)).rows[0]?.n;
    const response = await t.post('/api/v1/locations', { code: `BADKEY-${key.length}`, name: 'Bad key', kind: 'store' }, withKey(key));
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect((await sql<{ n: number }>`SELECT count(*)::int AS n FROM location`.execute(t.app.database.kysely)).rows[0]?.n).toBe(before);
  });
});
