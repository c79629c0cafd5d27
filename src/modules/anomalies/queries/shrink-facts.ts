// Shrink figures per location over the window, as the shrink KPI: loss at cost (stock_fact) and net sales
// after returns (sales_fact).
import { sql } from 'kysely';
import type { Queryable } from '../../../platform/db/database.ts';
import type { CheckWindow } from '../domain/check-window.ts';

export async function shrinkFacts(db: Queryable, { window }: CheckWindow): Promise<Array<{ locationId: string; lossValue: number; netSales: number }>> {
  const result = await sql<Record<string, string>>`
    SELECT location_id, sum(loss) AS loss, sum(net) AS net FROM (
      SELECT location_id, loss_value AS loss, 0::bigint AS net FROM stock_fact
        WHERE company_id = 1 AND day BETWEEN ${window.from}::date AND ${window.to}::date
      UNION ALL
      SELECT location_id, 0, net_sales - returns_value FROM sales_fact
        WHERE company_id = 1 AND day BETWEEN ${window.from}::date AND ${window.to}::date
    ) f GROUP BY location_id ORDER BY location_id`.execute(db);
  return result.rows.map((row) => ({ locationId: row.location_id as string, lossValue: Number(row.loss), netSales: Number(row.net) }));
}
