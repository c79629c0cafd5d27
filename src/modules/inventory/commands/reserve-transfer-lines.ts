// Reserves every line of a transfer at its source and marks it reserved; all or nothing.
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { InsufficientStock, type ShortLine } from '../errors.ts';
import { availableAt } from '../queries/available-stock.ts';
import type { TransferRecord } from '../queries/load-transfer.ts';
import { tryReserveStock } from './reservations.ts';

export async function reserveTransferLines(ctx: Context, transfer: TransferRecord): Promise<void> {
  // A fixed order (by product) keeps two transfers of the same products from deadlocking each other.
  const lines = [...transfer.lines].sort((a, b) => a.productId.localeCompare(b.productId));
  const short: ShortLine[] = [];
  for (const line of lines) {
    const reservationId = await tryReserveStock(ctx, {
      productId: line.productId,
      locationId: transfer.fromLocationId,
      quantity: line.quantity,
      source: { type: 'transfer', id: transfer.id },
    });
    if (!reservationId) {
      // Checking the other lines too tells the whole story at once; the transaction rolls back anyway.
      const available = await availableAt(ctx.tx, line.productId, transfer.fromLocationId);
      short.push({ sku: line.sku, requested: line.quantity, available, path: `/lines/${line.lineNo - 1}/quantity` });
      continue;
    }
    await sql`UPDATE transfer_line SET reservation_id = ${reservationId} WHERE transfer_id = ${transfer.id} AND line_no = ${line.lineNo}`.execute(ctx.tx);
  }
  if (short.length > 0) throw new InsufficientStock(transfer.fromCode, short.sort((a, b) => (a.path ?? '').localeCompare(b.path ?? '', undefined, { numeric: true })));
  await sql`UPDATE transfer SET status = 'reserved', approved_at = ${ctx.now} WHERE id = ${transfer.id}`.execute(ctx.tx);
  await ctx.emit({ type: 'inventory.transfer_reserved', payload: { transferId: transfer.id } });
}
