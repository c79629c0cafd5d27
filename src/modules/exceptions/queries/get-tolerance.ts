// A location's stock-discrepancy tolerance: its own row, else the defaults.
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import { NotFound } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { getLocation } from '../../network/index.ts';
import { DEFAULT_TOLERANCE, type DiscrepancyTolerance } from '../domain/tolerance.ts';

export async function getTolerance(db: Queryable, locationId: string): Promise<DiscrepancyTolerance & { own: boolean }> {
  const rows = await sql<{ units: string; value: string }>`SELECT units, value FROM exception_tolerance WHERE company_id = 1 AND location_id = ${locationId}`.execute(db);
  const row = rows.rows[0];
  return row ? { units: Number(row.units), value: Number(row.value), own: true } : { ...DEFAULT_TOLERANCE, own: false };
}

/** The tolerance of a location by code, as the API shows it (404 for a location the caller may not see). */
export async function readTolerance(db: Queryable, actor: Actor, code: string) {
  const location = await getLocation(db, code);
  if (actor.locationIds !== null && !actor.locationIds.includes(location.id)) throw new NotFound('Location', code);
  const { units, value, own } = await getTolerance(db, location.id);
  return { location: location.code, units, value, own };
}
