// Purchase order lines whose first units arrived in the window (purchase_line_fact): days from the promise to
// that arrival, and whether it came after the promised day (as OTIF judges a day).
import { sql } from 'kysely';
import type { Queryable } from '../../../platform/db/database.ts';
import type { CheckWindow } from '../domain/check-window.ts';

export async function deliveryFacts(db: Queryable, { window }: CheckWindow): Promise<Array<{ vendorId: string; daysLate: number; late: boolean }>> {
  const result = await sql<{ vendor_id: string; days_late: string; late: boolean }>`
    SELECT vendor_id, extract(epoch FROM first_received_at - promised_at) / 86400 AS days_late,
      (first_received_at AT TIME ZONE 'UTC')::date > due_day AS late
    FROM purchase_line_fact
    WHERE company_id = 1 AND ordered_at IS NOT NULL AND promised_at IS NOT NULL
      AND first_received_at >= (${window.from}::date::timestamp AT TIME ZONE 'UTC')
      AND first_received_at < ((${window.to}::date + 1)::timestamp AT TIME ZONE 'UTC')
    ORDER BY vendor_id, purchase_order_id, line_no`.execute(db);
  return result.rows.map((row) => ({ vendorId: row.vendor_id, daysLate: Number(row.days_late), late: row.late }));
}
