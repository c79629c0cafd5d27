// Store tills: every store gets a till account (role customer_payments, purpose cash_till) when it is created,
// or the first time cash is taken there; cash sessions read the till's account by store.
import { sql } from 'kysely';
import { assert } from '../../../kernel/assert.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { locationsByIds } from '../../network/index.ts';
import { tillAccountCode } from '../domain/account.ts';

/** A till account for each location that takes cash but has none yet (concurrent callers are fine). */
export async function openTillAccounts(ctx: Context, locationIds: readonly string[]): Promise<void> {
  if (locationIds.length === 0) return;
  const locations = await locationsByIds(ctx.tx, locationIds);
  for (const locationId of locationIds) {
    const location = locations.get(locationId);
    assert(location, `cash taken at unknown location ${locationId}`);
    await sql`INSERT INTO account (code, name, type, role, purpose, location_id)
      VALUES (${tillAccountCode(location.code)}, ${`Till ${location.code}`}, 'asset', 'customer_payments', 'cash_till', ${location.id})
      ON CONFLICT DO NOTHING`.execute(ctx.tx);
  }
}

/** The till account of a store, opened if it has none yet. */
export async function tillAccountId(ctx: Context, locationId: string): Promise<number> {
  const find = () => sql<{ id: number }>`SELECT id FROM account WHERE company_id = 1 AND purpose = 'cash_till' AND location_id = ${locationId}`.execute(ctx.tx);
  let found = await find();
  if (found.rows.length === 0) {
    await openTillAccounts(ctx, [locationId]);
    found = await find();
  }
  const id = found.rows[0]?.id;
  assert(id !== undefined, `location ${locationId} has no till account`);
  return id;
}
