// Creates a transfer. Someone who may act for the source reserves the stock at once ("reserved"); a store
// manager who may act only for the destination asks for it ("requested"), reserving nothing until approved.
import { randomUUID } from 'node:crypto';
import { Forbidden } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { resolveProducts } from '../../catalog/index.ts';
import { mayActAt } from '../../identity/index.ts';
import { loadTransfer } from '../queries/load-transfer.ts';
import { type TransferView, toTransferView } from '../queries/transfer-view.ts';
import { nextDocumentNumber } from '../../../platform/db/document-number.ts';
import { reserveTransferLines } from './reserve-transfer-lines.ts';
import { resolveStockLocation } from './resolve-stock-location.ts';

export interface CreateTransferInput {
  from: string;
  to: string;
  lines: Array<{ sku: string; quantity: number }>;
  note?: string;
}

export async function createTransfer(ctx: Context, input: CreateTransferInput): Promise<TransferView> {
  const from = await resolveStockLocation(ctx, input.from, '/from', { act: false });
  const to = await resolveStockLocation(ctx, input.to, '/to', { act: false });
  const actsForSource = mayActAt(ctx.actor, from.id);
  if (!actsForSource && !mayActAt(ctx.actor, to.id)) throw new Forbidden(`You may act for neither ${from.code} nor ${to.code}`);
  const products = await resolveProducts(ctx.tx, input.lines.map((line) => line.sku), (index) => `/lines/${index}/sku`);

  const quantities = new Map<string, number>();
  for (const line of input.lines) quantities.set(line.sku, (quantities.get(line.sku) ?? 0) + line.quantity);
  const id = randomUUID();
  const number = await nextDocumentNumber(ctx, 'TRF');
  await ctx.tx
    .insertInto('transfer')
    .values({
      id,
      number,
      from_location_id: from.id,
      to_location_id: to.id,
      status: 'requested',
      requested_by: ctx.actor.userId,
      note: input.note ?? null,
      created_at: ctx.now,
    })
    .execute();
  await ctx.tx
    .insertInto('transfer_line')
    .values([...quantities].map(([sku, quantity], index) => ({ transfer_id: id, line_no: index + 1, product_id: products.get(sku)?.id, quantity })))
    .execute();
  await ctx.emit({ type: 'inventory.transfer_requested', payload: { transferId: id, fromLocationId: from.id, toLocationId: to.id } });
  if (actsForSource) await reserveTransferLines(ctx, await loadTransfer(ctx.tx, id));
  const transfer = toTransferView(await loadTransfer(ctx.tx, id));
  await ctx.audit({ action: 'transfer.created', entity: 'transfer', entityId: id, after: transfer });
  return transfer;
}
