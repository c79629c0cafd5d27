// Ships a reserved transfer: the reserved stock leaves the source and sits in transit.
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import type { TransferView } from '../queries/transfer-view.ts';
import { TRANSIT } from '../virtual-locations.ts';
import { changeTransfer } from './change-transfer.ts';
import { moveStock } from './move-stock.ts';

export function shipTransfer(ctx: Context, idOrNumber: string): Promise<TransferView> {
  return changeTransfer(ctx, idOrNumber, { action: 'shipped', side: 'from', allowed: ['reserved'] }, async (transfer) => {
    const from = { id: transfer.fromLocationId, code: transfer.fromCode, kind: transfer.fromKind };
    let shippedValue = 0;
    for (const line of transfer.lines) {
      const value = await moveStock(ctx, {
        product: { id: line.productId, sku: line.sku },
        from,
        to: TRANSIT,
        quantity: line.quantity,
        source: { type: 'transfer', id: transfer.id },
        reservationId: line.reservationId ?? undefined,
      });
      shippedValue += value;
      await sql`UPDATE transfer_line SET shipped_value = ${value} WHERE transfer_id = ${transfer.id} AND line_no = ${line.lineNo}`.execute(ctx.tx);
    }
    await sql`UPDATE transfer SET status = 'in_transit', shipped_at = ${ctx.now} WHERE id = ${transfer.id}`.execute(ctx.tx);
    await ctx.emit({ type: 'inventory.transfer_shipped', payload: { transferId: transfer.id, value: shippedValue } });
  });
}
