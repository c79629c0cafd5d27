// Reads the lock date: nothing posts on or before it (null: every period is open).
import { sql } from 'kysely';
import type { Queryable } from '../../../platform/db/database.ts';

export interface PeriodLock {
  lockDate: string | null;
}

export async function getPeriodLock(db: Queryable): Promise<PeriodLock> {
  const result = await sql<{ lock_date: string | null }>`SELECT to_char(lock_date, 'YYYY-MM-DD') AS lock_date FROM accounting_settings WHERE company_id = 1`.execute(db);
  return { lockDate: result.rows[0]?.lock_date ?? null };
}
