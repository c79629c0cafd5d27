// Receives a transfer in full or short: what arrived moves from transit into the destination; the
// shortfall is a recorded discrepancy, written off from transit to inventory loss.
import { sql } from 'kysely';
import { InvalidInput, Conflict } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import type { TransferView } from '../queries/transfer-view.ts';
import { INVENTORY_LOSS, TRANSIT } from '../virtual-locations.ts';
import { changeTransfer } from './change-transfer.ts';
import { moveStocks } from './move-stock.ts';

export interface ReceiveTransferInput {
  lines?: Array<{ sku: string; quantity: number }>;
}

export function receiveTransfer(ctx: Context, idOrNumber: string, input: ReceiveTransferInput): Promise<TransferView> {
  return changeTransfer(ctx, idOrNumber, { action: 'received', side: 'to', allowed: ['in_transit'] }, async (transfer) => {
    const arrived = new Map<string, number>();
    for (const [index, line] of (input.lines ?? []).entries()) {
      if (!transfer.lines.some((transferLine) => transferLine.sku === line.sku)) {
        throw new InvalidInput(`${line.sku} is not on transfer ${transfer.number}`, [{ path: `/lines/${index}/sku`, message: 'not on this transfer' }]);
      }
      arrived.set(line.sku, (arrived.get(line.sku) ?? 0) + line.quantity);
    }
    const to = { id: transfer.toLocationId, code: transfer.toCode, kind: transfer.toKind };
    const source = { type: 'transfer', id: transfer.id };
    const outcome = transfer.lines.map((line) => {
      const received = input.lines === undefined ? line.quantity : (arrived.get(line.sku) ?? 0);
      if (received > line.quantity) {
        throw new Conflict('receipt_exceeds_shipped', `${received} unit(s) of ${line.sku} received but only ${line.quantity} shipped`);
      }
      return { line, product: { id: line.productId, sku: line.sku }, received, missing: line.quantity - received };
    });
    const arrivals = outcome.filter((o) => o.received > 0).map((o) => ({ product: o.product, from: TRANSIT, to, quantity: o.received, source }));
    const losses = outcome.filter((o) => o.missing > 0);
    const values = await moveStocks(ctx, [...arrivals, ...losses.map((o) => ({ product: o.product, from: TRANSIT, to: INVENTORY_LOSS, quantity: o.missing, source }))]);
    const shortfall = losses.map((o, index) => ({ productId: o.product.id, quantity: o.missing, value: values[arrivals.length + index] as number }));
    await sql`UPDATE transfer_line l SET received = v.received
      FROM unnest(${outcome.map((o) => o.line.lineNo)}::int4[], ${outcome.map((o) => o.received)}::int8[]) AS v (line_no, received)
      WHERE l.transfer_id = ${transfer.id} AND l.line_no = v.line_no`.execute(ctx.tx);
    await sql`UPDATE transfer SET status = 'received', received_at = ${ctx.now}, closed_at = ${ctx.now} WHERE id = ${transfer.id}`.execute(ctx.tx);
    await ctx.emit({ type: 'inventory.transfer_received', payload: { transferId: transfer.id, toLocationId: transfer.toLocationId, shortfall } });
  });
}
