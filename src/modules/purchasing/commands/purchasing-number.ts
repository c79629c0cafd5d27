// Human-readable numbers of purchasing documents (PO-000042, RCP-…, BILL-…, LC-…), from one sequence.
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';

export async function nextPurchasingNumber(ctx: Context, prefix: string): Promise<string> {
  const result = await sql<{ n: number }>`SELECT nextval('purchasing_number')::int8 AS n`.execute(ctx.tx);
  return `${prefix}-${String(result.rows[0]?.n).padStart(6, '0')}`;
}
