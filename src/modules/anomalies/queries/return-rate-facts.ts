// Return-rate figures per product × location from sales_fact: units sold in the window and how many of those
// came back (returns attributed to the sale's day and location), and the product's sales and returns at every
// other location over the baseline and the window. Only pairs that could meet the minimum evidence are read.
import { sql } from 'kysely';
import type { Queryable } from '../../../platform/db/database.ts';
import type { CheckWindow } from '../domain/check-window.ts';
import { MIN_EVIDENCE } from '../domain/thresholds.ts';

export interface ReturnRateFact {
  productId: string;
  locationId: string;
  sold: number;
  returned: number;
  netSales: number;
  soldElsewhere: number;
  returnedElsewhere: number;
}

export async function returnRateFacts(db: Queryable, { window, baseline }: CheckWindow): Promise<ReturnRateFact[]> {
  const result = await sql<Record<string, string>>`
    WITH pair AS (
      SELECT product_id, location_id, sum(units_sold) AS sold, sum(units_returned_of_sold) AS returned, sum(net_sales) AS net_sales
      FROM sales_fact WHERE company_id = 1 AND day BETWEEN ${window.from}::date AND ${window.to}::date
      GROUP BY product_id, location_id
      HAVING sum(units_sold) >= ${MIN_EVIDENCE.returnSold} AND sum(units_returned_of_sold) >= ${MIN_EVIDENCE.returnReturned}
    ), history AS (
      SELECT product_id, location_id, sum(units_sold) AS sold, sum(units_returned_of_sold) AS returned
      FROM sales_fact WHERE company_id = 1 AND day BETWEEN ${baseline.from}::date AND ${window.to}::date
        AND product_id IN (SELECT product_id FROM pair)
      GROUP BY product_id, location_id
    )
    SELECT p.product_id, p.location_id, p.sold, p.returned, p.net_sales,
      coalesce(sum(h.sold), 0) AS sold_elsewhere, coalesce(sum(h.returned), 0) AS returned_elsewhere
    FROM pair p LEFT JOIN history h ON h.product_id = p.product_id AND h.location_id <> p.location_id
    GROUP BY p.product_id, p.location_id, p.sold, p.returned, p.net_sales
    ORDER BY p.product_id, p.location_id`.execute(db);
  return result.rows.map((row) => ({
    productId: row.product_id as string,
    locationId: row.location_id as string,
    sold: Number(row.sold),
    returned: Number(row.returned),
    netSales: Number(row.net_sales),
    soldElsewhere: Number(row.sold_elsewhere),
    returnedElsewhere: Number(row.returned_elsewhere),
  }));
}
