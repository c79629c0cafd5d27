// Reserves every line of a transfer at its source and marks it reserved; all or nothing.
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { InsufficientStock } from '../errors.ts';
import type { TransferRecord } from '../queries/load-transfer.ts';
import { tryReserveStock } from './reservations.ts';

export async function reserveTransferLines(ctx: Context, transfer: TransferRecord): Promise<void> {
  // A fixed order (by product) keeps two transfers of the same products from deadlocking each other.
  const lines = [...transfer.lines].sort((a, b) => a.productId.localeCompare(b.productId));
  for (const line of lines) {
    const reservationId = await tryReserveStock(ctx, {
      productId: line.productId,
      locationId: transfer.fromLocationId,
      quantity: line.quantity,
      source: { type: 'transfer', id: transfer.id },
    });
    if (!reservationId) throw new InsufficientStock(line.sku, transfer.fromCode, line.quantity, `/lines/${line.lineNo - 1}/quantity`);
    await sql`UPDATE transfer_line SET reservation_id = ${reservationId} WHERE transfer_id = ${transfer.id} AND line_no = ${line.lineNo}`.execute(ctx.tx);
  }
  await sql`UPDATE transfer SET status = 'reserved', approved_at = ${ctx.now} WHERE id = ${transfer.id}`.execute(ctx.tx);
  await ctx.emit({ type: 'inventory.transfer_reserved', payload: { transferId: transfer.id } });
}
