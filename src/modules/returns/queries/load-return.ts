// Loads a return as the API shows it.
import { sql } from 'kysely';
import { NotFound } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';

export interface ReturnView {
  id: string;
  number: string;
  /** The order's number: a response names other documents by their natural key. */
  order: string;
  location: string;
  lines: Array<{ sku: string; quantity: number; reason: string; disposition: 'restock' | 'scrap'; refund: number }>;
  refund: { amount: number; method: string };
  createdAt: string;
}

export async function loadReturn(db: Queryable, id: string): Promise<ReturnView & { locationId: string }> {
  const found = await sql<Record<string, any>>`SELECT r.*, o.number AS order_number, l.code AS location_code
    FROM return_document r JOIN sales_order o ON o.id = r.order_id JOIN location l ON l.id = r.location_id
    WHERE r.id = ${id}`.execute(db);
  const row = found.rows[0];
  if (!row) throw new NotFound('Return', id);
  const lines = await sql<Record<string, any>>`SELECT rl.*, p.sku FROM return_line rl JOIN product p ON p.id = rl.product_id
    WHERE rl.return_id = ${id} ORDER BY rl.line_no`.execute(db);
  return {
    id: row.id,
    number: row.number,
    order: row.order_number,
    location: row.location_code,
    locationId: row.location_id,
    lines: lines.rows.map((line) => ({
      sku: line.sku,
      quantity: Number(line.quantity),
      reason: line.reason,
      disposition: line.disposition,
      refund: Number(line.net) + Number(line.tax),
    })),
    refund: { amount: Number(row.refund_amount), method: row.refund_method },
    createdAt: new Date(row.created_at).toISOString(),
  };
}
