// Ships a reserved transfer: the reserved stock leaves the source and sits in transit.
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import type { TransferView } from '../queries/transfer-view.ts';
import { TRANSIT } from '../virtual-locations.ts';
import { changeTransfer } from './change-transfer.ts';
import { moveStocks } from './move-stock.ts';

export function shipTransfer(ctx: Context, idOrNumber: string): Promise<TransferView> {
  return changeTransfer(ctx, idOrNumber, { action: 'shipped', side: 'from', allowed: ['reserved'] }, async (transfer) => {
    const from = { id: transfer.fromLocationId, code: transfer.fromCode, kind: transfer.fromKind };
    const values = await moveStocks(
      ctx,
      transfer.lines.map((line) => ({
        product: { id: line.productId, sku: line.sku },
        from,
        to: TRANSIT,
        quantity: line.quantity,
        source: { type: 'transfer', id: transfer.id },
        reservationId: line.reservationId ?? undefined,
      })),
    );
    await sql`UPDATE transfer_line l SET shipped_value = v.value
      FROM unnest(${transfer.lines.map((line) => line.lineNo)}::int4[], ${values}::int8[]) AS v (line_no, value)
      WHERE l.transfer_id = ${transfer.id} AND l.line_no = v.line_no`.execute(ctx.tx);
    const shippedValue = values.reduce((sum, value) => sum + value, 0);
    await sql`UPDATE transfer SET status = 'in_transit', shipped_at = ${ctx.now} WHERE id = ${transfer.id}`.execute(ctx.tx);
    await ctx.emit({ type: 'inventory.transfer_shipped', payload: { transferId: transfer.id, value: shippedValue } });
  });
}
