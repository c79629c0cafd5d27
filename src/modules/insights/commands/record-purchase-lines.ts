// Purchase order lines for OTIF and purchasing lead times: recorded when the order is sent (with when it was
// ordered and promised), then each receipt adds what arrived and stamps when the first units came and when the
// line became complete.
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import type { PurchaseOrderSent, ReceiptPosted } from '../../purchasing/index.ts';
import { factDay } from '../domain/fact-day.ts';

export async function recordSentLines(ctx: Context, sent: PurchaseOrderSent['payload']): Promise<void> {
  if (sent.lines.length === 0) return;
  const lines = sent.lines;
  await sql`INSERT INTO purchase_line_fact (company_id, purchase_order_id, line_no, vendor_id, location_id, product_id, due_day, quantity, ordered_at, promised_at)
    SELECT 1, ${sent.purchaseOrderId}::uuid, v.line_no, ${sent.vendorId}::uuid, ${sent.locationId}::uuid, v.product_id, v.due_day, v.quantity, ${sent.sentAt}::timestamptz, v.promised_at
    FROM unnest(${lines.map((l) => l.lineNo)}::int4[], ${lines.map((l) => l.productId)}::uuid[], ${lines.map((l) => factDay(new Date(l.expectedAt)))}::date[],
      ${lines.map((l) => l.quantity)}::int8[], ${lines.map((l) => l.expectedAt)}::timestamptz[]) AS v (line_no, product_id, due_day, quantity, promised_at)
    ON CONFLICT (company_id, purchase_order_id, line_no) DO UPDATE
      SET due_day = excluded.due_day, quantity = excluded.quantity, ordered_at = excluded.ordered_at, promised_at = excluded.promised_at`.execute(ctx.tx);
}

export async function recordReceivedLines(ctx: Context, receipt: ReceiptPosted['payload']): Promise<void> {
  if (receipt.lines.length === 0) return;
  await sql`UPDATE purchase_line_fact f SET received = f.received + v.quantity, first_received_at = coalesce(f.first_received_at, ${ctx.now}::timestamptz),
      completed_at = CASE WHEN f.completed_at IS NULL AND f.received + v.quantity >= f.quantity THEN ${ctx.now}::timestamptz ELSE f.completed_at END
    FROM (SELECT line_no, sum(quantity) AS quantity FROM unnest(${receipt.lines.map((l) => l.lineNo)}::int4[], ${receipt.lines.map((l) => l.quantity)}::int8[]) AS u (line_no, quantity) GROUP BY line_no) v
    WHERE f.company_id = 1 AND f.purchase_order_id = ${receipt.purchaseOrderId}::uuid AND f.line_no = v.line_no`.execute(ctx.tx);
}
