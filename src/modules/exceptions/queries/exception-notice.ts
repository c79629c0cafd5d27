// What a notification about an exception says: its kind, severity, summary and location, read by id (no scope:
// the caller decides who is told).
import { sql } from 'kysely';
import type { Queryable } from '../../../platform/db/database.ts';

export interface ExceptionNotice {
  id: string;
  kind: string;
  severity: 'low' | 'medium' | 'high';
  summary: string;
  locationId: string | null;
  ownerRole: string;
}

export async function exceptionNotice(db: Queryable, id: string): Promise<ExceptionNotice | undefined> {
  const result = await sql<ExceptionNotice>`SELECT id, kind, severity, summary, location_id AS "locationId", owner_role AS "ownerRole"
    FROM operations_exception WHERE id = ${id}`.execute(db);
  return result.rows[0];
}
