// Records a vendor bill against a purchase order with a three-way match per line (ordered, received, billed;
// quantity and price, with the settings' tolerances). A clean match posts at once (accounts payable, goods
// received not invoiced cleared, price variance); a mismatch holds the bill in the exception list.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { Conflict } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { billTotals, matchBillLine } from '../domain/three-way-match.ts';
import { NotOnOrder } from '../errors.ts';
import { type BillView, getBill } from '../queries/bill-view.ts';
import { getPurchasingSettings } from '../queries/get-settings.ts';
import { lockOrderInBody } from './order-in-body.ts';
import { postBill } from './post-bill-lines.ts';
import { nextDocumentNumber } from '../../../platform/db/document-number.ts';

export interface PostVendorBillInput {
  purchaseOrder: string;
  reference: string;
  lines: Array<{ sku: string; quantity: number; unitCost: number }>;
  tax?: number;
}

export async function postVendorBill(ctx: Context, input: PostVendorBillInput): Promise<BillView> {
  const order = await lockOrderInBody(ctx, input.purchaseOrder, 'billed');
  const duplicate = await sql`SELECT 1 FROM vendor_bill WHERE vendor_id = ${order.vendorId} AND reference = ${input.reference} AND status <> 'rejected'`.execute(ctx.tx);
  if (duplicate.rows.length > 0) {
    throw new Conflict('already_exists', `Vendor ${order.vendorCode} already billed reference ${input.reference}`, [{ path: '/reference', message: 'already billed' }]);
  }
  const settings = await getPurchasingSettings(ctx.tx);
  const tolerances = { quantity: settings.billQuantityTolerance, price: settings.billPriceTolerance };
  const matched = input.lines.map((line, index) => {
    const orderLine = order.lines.find((candidate) => candidate.sku === line.sku);
    if (!orderLine) throw new NotOnOrder(line.sku, order.number, `/lines/${index}/sku`);
    const facts = { ordered: orderLine.quantity, received: orderLine.received, billedBefore: orderLine.billed, orderUnitCost: orderLine.unitCost };
    return { line, orderLine, facts, match: matchBillLine({ ...facts, quantity: line.quantity, unitCost: line.unitCost }, tolerances) };
  });
  const totals = billTotals(matched.map((m) => m.match));
  const tax = input.tax ?? 0;
  const held = matched.some((m) => m.match.exceptions.length > 0);
  const id = randomUUID();
  const terms = await sql<{ days: number }>`SELECT payment_terms_days AS days FROM vendor WHERE id = ${order.vendorId}`.execute(ctx.tx);
  const dueAt = new Date(ctx.now.getTime() + (terms.rows[0]?.days ?? 0) * 86_400_000);
  await sql`INSERT INTO vendor_bill (id, number, vendor_id, purchase_order_id, reference, status, subtotal, tax, total, due_at, created_by, created_at)
    VALUES (${id}, ${await nextDocumentNumber(ctx, 'BILL')}, ${order.vendorId}, ${order.id}, ${input.reference}, 'on_hold',
      ${totals.subtotal}, ${tax}, ${totals.subtotal + tax}, ${dueAt}, ${ctx.actor.userId}, ${ctx.now})`.execute(ctx.tx);
  await ctx.tx
    .insertInto('vendor_bill_line')
    .values(
      matched.map((m, index) => ({
        bill_id: id,
        line_no: index + 1,
        po_line_no: m.orderLine.lineNo,
        product_id: m.orderLine.productId,
        quantity: m.line.quantity,
        unit_cost: m.line.unitCost,
        amount: m.match.amount,
        ordered: m.facts.ordered,
        received: m.facts.received,
        billed_before: m.facts.billedBefore,
        order_unit_cost: m.facts.orderUnitCost,
        received_value: m.match.receivedValue,
      })),
    )
    .execute();
  const exceptions = matched.flatMap((m, index) => m.match.exceptions.map((e) => ({ bill_id: id, line_no: index + 1, kind: e.kind, expected: e.expected, actual: e.actual, status: 'open', created_at: ctx.now })));
  if (exceptions.length > 0) await ctx.tx.insertInto('vendor_bill_exception').values(exceptions).execute();
  if (!held) {
    await postBill(ctx, order, { id, subtotal: totals.subtotal, tax, receivedValue: totals.receivedValue, priceVariance: totals.priceVariance, lines: matched.map((m) => ({ poLineNo: m.orderLine.lineNo, quantity: m.line.quantity })) });
  }
  const bill = await getBill(ctx.tx, ctx.actor, id);
  if (held) {
    const mismatched = matched.filter((m) => m.match.exceptions.length > 0);
    await ctx.emit({
      type: 'purchasing.bill_held',
      payload: {
        billId: id,
        number: bill.number,
        purchaseOrderId: order.id,
        purchaseOrderNumber: order.number,
        vendorId: order.vendorId,
        vendorCode: order.vendorCode,
        locationId: order.locationId,
        total: totals.subtotal + tax,
        amountInDispute: mismatched.reduce((sum, m) => sum + Math.abs(m.match.amount - m.match.receivedValue), 0),
        mismatches: mismatched.flatMap((m) => m.match.exceptions.map((e) => ({ sku: m.line.sku, ...e }))),
      },
    });
  }
  await ctx.audit({ action: held ? 'vendor_bill.held' : 'vendor_bill.posted', entity: 'vendor_bill', entityId: id, after: bill });
  return bill;
}
