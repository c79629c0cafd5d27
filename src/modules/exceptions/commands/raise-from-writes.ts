// Exceptions raised by the write that causes them, inside its transaction (called by subscribers.ts): a count or
// a transfer receipt beyond the location's tolerance, a vendor bill held by the three-way match, unmatched
// settlement rows, a sale below cost. (Return anomalies are statistical: the anomaly checks raise them.)
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { productsByIds } from '../../catalog/index.ts';
import { ownerRole } from '../domain/exception-kind.ts';
import { formatMoney, signed } from '../domain/format.ts';
import { beyondTolerance } from '../domain/tolerance.ts';
import { getTolerance } from '../queries/get-tolerance.ts';
import { placesByIds } from './places.ts';
import { type ExceptionToRaise, raiseExceptions } from './raise-exceptions.ts';

interface Difference {
  productId: string;
  /** Signed units: counted − books, or received − shipped. */
  units: number;
  value: number;
}

export async function raiseStockDiscrepancies(ctx: Context, input: { locationId: string; document: string; differences: Difference[] }): Promise<void> {
  if (input.differences.every((d) => d.units === 0)) return;
  const tolerance = await getTolerance(ctx.tx, input.locationId);
  const beyond = input.differences.filter((d) => d.units !== 0 && beyondTolerance(d, tolerance));
  if (beyond.length === 0) return;
  const [places, products] = await Promise.all([placesByIds(ctx.tx, [input.locationId]), productsByIds(ctx.tx, beyond.map((d) => d.productId))]);
  const place = places.get(input.locationId);
  await raiseExceptions(
    ctx,
    beyond.map((d) => ({
      kind: 'stock_discrepancy',
      locationId: input.locationId,
      subject: { type: 'product', id: d.productId },
      summary: `${input.document} at ${place?.code}: ${products.get(d.productId)?.sku} is ${signed(d.units)} unit(s) against the books (${formatMoney(d.value)}), beyond the tolerance of ${tolerance.units} unit(s) or ${formatMoney(tolerance.value)}`,
      valueAtRisk: Math.abs(d.value),
      ownerRole: ownerRole('stock_discrepancy', place?.kind ?? null),
    })),
  );
}

export async function raiseBillMismatch(
  ctx: Context,
  bill: { billId: string; number: string; purchaseOrderNumber: string; vendorCode: string; locationId: string; total: number; amountInDispute: number; mismatches: Array<{ sku: string; kind: string; expected: number; actual: number }> },
): Promise<void> {
  const what = bill.mismatches.map((m) => (m.kind === 'price' ? `${m.sku} price ${formatMoney(m.actual)} for ${formatMoney(m.expected)}` : `${m.sku} ${m.actual} unit(s) billed for ${m.expected}`));
  await raiseExceptions(ctx, [
    {
      kind: 'bill_mismatch',
      locationId: bill.locationId,
      subject: { type: 'vendor_bill', id: bill.billId },
      summary: `Vendor bill ${bill.number} of ${bill.vendorCode} for ${bill.purchaseOrderNumber} is on hold: ${what.join('; ')}`,
      valueAtRisk: bill.amountInDispute,
      ownerRole: ownerRole('bill_mismatch', null),
    },
  ]);
}

export async function raiseUnmatchedSettlement(ctx: Context, file: { importId: string; number: string; lines: Array<{ rowNo: number; reference: string; gross: number | null; reason: string }> }): Promise<void> {
  await raiseExceptions(
    ctx,
    file.lines.map((line) => ({
      kind: 'settlement_unmatched',
      locationId: null,
      subject: { type: 'settlement_line', id: `${file.number}/${line.rowNo}` },
      summary: `Settlement ${file.number} row ${line.rowNo} (${line.reference}${line.gross === null ? '' : `, ${formatMoney(line.gross)}`}) matches no payment: ${line.reason}`,
      valueAtRisk: Math.abs(line.gross ?? 0),
      ownerRole: ownerRole('settlement_unmatched', null),
    })),
  );
}

interface SoldLine {
  lineNo: number;
  productId: string;
  quantity: number;
  net: number;
  cost: number;
  locationId: string;
}

/** One exception per order, at the location of its first line below cost; cheap when nothing is (the hot path). */
export async function raiseNegativeMargin(ctx: Context, order: { orderId: string; number: string; lines: SoldLine[] }): Promise<void> {
  const below = order.lines.filter((line) => line.net < line.cost);
  const first = below[0];
  if (!first) return;
  const [places, products] = await Promise.all([placesByIds(ctx.tx, [first.locationId]), productsByIds(ctx.tx, below.map((l) => l.productId))]);
  const place = places.get(first.locationId);
  const lines = below.map((l) => `line ${l.lineNo} ${products.get(l.productId)?.sku} × ${l.quantity} sold for ${formatMoney(l.net)}, cost ${formatMoney(l.cost)}`);
  const exception: ExceptionToRaise = {
    kind: 'negative_margin_sale',
    locationId: first.locationId,
    subject: { type: 'order', id: order.orderId },
    summary: `Order ${order.number} at ${place?.code} sold below cost: ${lines.join('; ')}`,
    valueAtRisk: below.reduce((sum, l) => sum + (l.cost - l.net), 0),
    ownerRole: ownerRole('negative_margin_sale', place?.kind ?? null),
  };
  await raiseExceptions(ctx, [exception]);
}
