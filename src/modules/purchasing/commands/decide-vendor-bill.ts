// Works a held vendor bill. Approving matches it again against the order as it is now: quantities must meet
// what has been received by then (409 quantity_mismatch otherwise); price differences are accepted by the
// approval and post as price variance. Rejecting voids the bill (the vendor sends a corrected one).
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { billTotals, matchBillLine } from '../domain/three-way-match.ts';
import { InvalidState, QuantityMismatch } from '../errors.ts';
import { type BillView, getBill } from '../queries/bill-view.ts';
import { getPurchasingSettings } from '../queries/get-settings.ts';
import { lockOrderInBody } from './order-in-body.ts';
import { postBill } from './post-bill-lines.ts';

async function lockHeldBill(ctx: Context, idOrNumber: string, action: string) {
  const bill = await getBill(ctx.tx, ctx.actor, idOrNumber);
  await sql`SELECT 1 FROM vendor_bill WHERE id = ${bill.id} FOR UPDATE`.execute(ctx.tx);
  const current = await getBill(ctx.tx, ctx.actor, bill.id);
  if (current.status !== 'on_hold') throw new InvalidState(`Vendor bill ${current.number}`, current.status, action);
  return current;
}

export async function approveVendorBill(ctx: Context, idOrNumber: string, note: string | undefined): Promise<BillView> {
  const bill = await lockHeldBill(ctx, idOrNumber, 'approved');
  const order = await lockOrderInBody(ctx, bill.purchaseOrder, 'billed');
  const { billQuantityTolerance } = await getPurchasingSettings(ctx.tx);
  const rows = await sql<{ line_no: number; po_line_no: number }>`SELECT line_no, po_line_no FROM vendor_bill_line WHERE bill_id = ${bill.id} ORDER BY line_no`.execute(ctx.tx);
  const matched = bill.lines.map((line, index) => {
    const poLineNo = rows.rows[index]?.po_line_no as number;
    const orderLine = order.lines.find((candidate) => candidate.lineNo === poLineNo);
    const facts = { ordered: orderLine?.quantity ?? 0, received: orderLine?.received ?? 0, billedBefore: orderLine?.billed ?? 0, orderUnitCost: orderLine?.unitCost ?? 0 };
    // Price is accepted by this approval; only the quantities are matched again.
    return { line, poLineNo, match: matchBillLine({ ...facts, quantity: line.quantity, unitCost: line.unitCost }, { quantity: billQuantityTolerance, price: 10_000 }) };
  });
  const short = matched.filter((m) => m.match.exceptions.some((e) => e.kind === 'quantity'));
  if (short.length > 0) {
    throw new QuantityMismatch(`Vendor bill ${bill.number} bills more of ${short.map((m) => m.line.sku).join(', ')} than has been received; receive the goods first or reject the bill`);
  }
  const totals = billTotals(matched.map((m) => m.match));
  await sql`UPDATE vendor_bill_line l SET received_value = u.value
    FROM unnest(${rows.rows.map((r) => r.line_no)}::int4[], ${matched.map((m) => m.match.receivedValue)}::int8[]) AS u (line_no, value)
    WHERE l.bill_id = ${bill.id} AND l.line_no = u.line_no`.execute(ctx.tx);
  await sql`UPDATE vendor_bill_exception SET status = CASE WHEN kind = 'price' THEN 'accepted' ELSE 'resolved' END, closed_at = ${ctx.now}
    WHERE bill_id = ${bill.id} AND status = 'open'`.execute(ctx.tx);
  await sql`UPDATE vendor_bill SET decided_by = ${ctx.actor.userId}, decision_note = ${note ?? null} WHERE id = ${bill.id}`.execute(ctx.tx);
  await postBill(ctx, order, { id: bill.id, subtotal: totals.subtotal, tax: bill.tax, receivedValue: totals.receivedValue, priceVariance: totals.priceVariance, lines: matched.map((m) => ({ poLineNo: m.poLineNo, quantity: m.line.quantity })) });
  const after = await getBill(ctx.tx, ctx.actor, bill.id);
  await ctx.audit({ action: 'vendor_bill.approved', entity: 'vendor_bill', entityId: bill.id, before: { status: 'on_hold' }, after: { ...after, note: note ?? null } });
  return after;
}

export async function rejectVendorBill(ctx: Context, idOrNumber: string, note: string): Promise<BillView> {
  const bill = await lockHeldBill(ctx, idOrNumber, 'rejected');
  await sql`UPDATE vendor_bill_exception SET status = 'rejected', closed_at = ${ctx.now} WHERE bill_id = ${bill.id} AND status = 'open'`.execute(ctx.tx);
  await sql`UPDATE vendor_bill SET status = 'rejected', decided_by = ${ctx.actor.userId}, decision_note = ${note} WHERE id = ${bill.id}`.execute(ctx.tx);
  const after = await getBill(ctx.tx, ctx.actor, bill.id);
  await ctx.audit({ action: 'vendor_bill.rejected', entity: 'vendor_bill', entityId: bill.id, before: { status: 'on_hold' }, after: { ...after, note } });
  return after;
}
