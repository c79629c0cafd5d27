// Sets a location's own stock-discrepancy tolerance (an upsert), audited with what it replaced.
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { getLocation } from '../../network/index.ts';
import type { DiscrepancyTolerance } from '../domain/tolerance.ts';
import { getTolerance } from '../queries/get-tolerance.ts';

export async function setTolerance(ctx: Context, code: string, tolerance: DiscrepancyTolerance) {
  const location = await getLocation(ctx.tx, code);
  const before = await getTolerance(ctx.tx, location.id);
  await sql`INSERT INTO exception_tolerance (company_id, location_id, units, value, updated_at)
    VALUES (1, ${location.id}, ${tolerance.units}, ${tolerance.value}, ${ctx.now})
    ON CONFLICT (company_id, location_id) DO UPDATE SET units = EXCLUDED.units, value = EXCLUDED.value, updated_at = EXCLUDED.updated_at`.execute(ctx.tx);
  const after = { location: location.code, units: tolerance.units, value: tolerance.value, own: true };
  await ctx.audit({ action: 'exception_tolerance.set', entity: 'exception_tolerance', entityId: location.id, before, after });
  return after;
}
