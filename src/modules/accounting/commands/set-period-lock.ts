// Finance closes a period by setting the lock date: from then on nothing posts on or before it.
// Documents keep happening after the lock; they post in the open period (their date is always now).
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { getPeriodLock, type PeriodLock } from '../queries/get-period-lock.ts';

export async function setPeriodLock(ctx: Context, lockDate: string | null): Promise<PeriodLock> {
  // Waits for every transaction that is posting right now and holds new ones back until this commits, so
  // no entry can slip in on a date this lock closes (see writeEntry).
  await sql`LOCK TABLE journal_entry IN SHARE ROW EXCLUSIVE MODE`.execute(ctx.tx);
  const before = await getPeriodLock(ctx.tx);
  await sql`UPDATE accounting_settings SET lock_date = ${lockDate}::date, updated_at = ${ctx.now} WHERE company_id = 1`.execute(ctx.tx);
  const after = { lockDate };
  await ctx.audit({ action: 'accounting.period_locked', entity: 'accounting_settings', entityId: '1', before, after });
  return after;
}
