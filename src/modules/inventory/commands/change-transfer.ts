// The transfer's workflow after creation: approve or reject a request, cancel, ship to transit, receive.
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import { Forbidden } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { assertMaySee, mayActAt } from '../../identity/index.ts';
import { InvalidState } from '../errors.ts';
import { loadTransfer, type TransferRecord, type TransferStatus } from '../queries/load-transfer.ts';
import { type TransferView, toTransferView } from '../queries/transfer-view.ts';
import { releaseReservation } from './reservations.ts';
import { reserveTransferLines } from './reserve-transfer-lines.ts';

type Side = 'from' | 'to' | 'either';
/** A change is named by the status it leads to. */
type TransferChange = 'approved' | 'rejected' | 'cancelled' | 'shipped' | 'received';

/** Locks the transfer, checks the actor's side and the allowed states, then runs the change. */
export async function changeTransfer(
  ctx: Context,
  idOrNumber: string,
  change: { action: TransferChange; side: Side; allowed: TransferStatus[] },
  apply: (transfer: TransferRecord) => Promise<void>,
): Promise<TransferView> {
  const transfer = await loadTransfer(ctx.tx, idOrNumber, { forUpdate: true });
  assertMaySee(ctx.actor, [transfer.fromLocationId, transfer.toLocationId], 'Transfer', idOrNumber);
  assertSide(ctx.actor, transfer, change.side, change.action);
  if (!change.allowed.includes(transfer.status)) throw new InvalidState(`Transfer ${transfer.number}`, transfer.status, change.action);
  await apply(transfer);
  const after = toTransferView(await loadTransfer(ctx.tx, transfer.id));
  await ctx.audit({ action: `transfer.${change.action}`, entity: 'transfer', entityId: transfer.id, before: { status: transfer.status }, after });
  return after;
}

/** The verb of each change, for sentences: the actions are named by the status they lead to. */
const VERBS: Record<TransferChange, string> = { approved: 'approve', rejected: 'reject', cancelled: 'cancel', shipped: 'ship', received: 'receive' };

function assertSide(actor: Actor, transfer: TransferRecord, side: Side, action: TransferChange): void {
  const fromOk = mayActAt(actor, transfer.fromLocationId);
  const toOk = mayActAt(actor, transfer.toLocationId);
  const ok = side === 'from' ? fromOk : side === 'to' ? toOk : fromOk || toOk;
  if (!ok) throw new Forbidden(`Only staff of ${side === 'to' ? transfer.toCode : transfer.fromCode} may ${VERBS[action]} transfer ${transfer.number}.`);
}

export function approveTransfer(ctx: Context, idOrNumber: string): Promise<TransferView> {
  return changeTransfer(ctx, idOrNumber, { action: 'approved', side: 'from', allowed: ['requested'] }, (transfer) =>
    reserveTransferLines(ctx, transfer),
  );
}

export function rejectTransfer(ctx: Context, idOrNumber: string, reason: string | undefined): Promise<TransferView> {
  return changeTransfer(ctx, idOrNumber, { action: 'rejected', side: 'from', allowed: ['requested'] }, async (transfer) => {
    await sql`UPDATE transfer SET status = 'rejected', closed_at = ${ctx.now}, note = coalesce(${reason ?? null}, note) WHERE id = ${transfer.id}`.execute(ctx.tx);
  });
}

export function cancelTransfer(ctx: Context, idOrNumber: string): Promise<TransferView> {
  return changeTransfer(ctx, idOrNumber, { action: 'cancelled', side: 'either', allowed: ['requested', 'reserved'] }, async (transfer) => {
    for (const line of transfer.lines) if (line.reservationId) await releaseReservation(ctx, line.reservationId);
    await sql`UPDATE transfer SET status = 'cancelled', closed_at = ${ctx.now} WHERE id = ${transfer.id}`.execute(ctx.tx);
  });
}
