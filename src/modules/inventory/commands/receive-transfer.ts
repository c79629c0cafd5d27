// Receives a transfer in full or short: what arrived moves from transit into the destination; the
// shortfall is a recorded discrepancy, written off from transit to inventory loss.
import { sql } from 'kysely';
import { InvalidInput, Conflict } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import type { TransferView } from '../queries/transfer-view.ts';
import { INVENTORY_LOSS, TRANSIT } from '../virtual-locations.ts';
import { changeTransfer } from './change-transfer.ts';
import { moveStock } from './move-stock.ts';

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
    const shortfall = [];
    for (const line of transfer.lines) {
      const received = input.lines === undefined ? line.quantity : (arrived.get(line.sku) ?? 0);
      if (received > line.quantity) {
        throw new Conflict('receipt_exceeds_shipped', `${received} unit(s) of ${line.sku} received but only ${line.quantity} shipped`);
      }
      const product = { id: line.productId, sku: line.sku };
      const source = { type: 'transfer', id: transfer.id };
      if (received > 0) await moveStock(ctx, { product, from: TRANSIT, to, quantity: received, source });
      if (received < line.quantity) {
        const missing = line.quantity - received;
        const value = await moveStock(ctx, { product, from: TRANSIT, to: INVENTORY_LOSS, quantity: missing, source });
        shortfall.push({ productId: line.productId, quantity: missing, value });
      }
      await sql`UPDATE transfer_line SET received = ${received} WHERE transfer_id = ${transfer.id} AND line_no = ${line.lineNo}`.execute(ctx.tx);
    }
    await sql`UPDATE transfer SET status = 'received', received_at = ${ctx.now}, closed_at = ${ctx.now} WHERE id = ${transfer.id}`.execute(ctx.tx);
    await ctx.emit({ type: 'inventory.transfer_received', payload: { transferId: transfer.id, shortfall } });
  });
}
