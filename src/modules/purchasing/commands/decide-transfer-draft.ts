// Works a draft transfer of the replenishment run. Approving turns it into an inventory transfer through the
// inventory module's createTransfer — reserved at once when the approver may act for the source warehouse
// (409 insufficient_stock otherwise, and nothing changes), or requested when only for the store — optionally with
// the quantities changed. Dismissing drops it; the next run proposes again what is still needed.
import { sql } from 'kysely';
import { Forbidden, UnknownReference } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { mayActAt } from '../../identity/index.ts';
import { createTransfer } from '../../inventory/index.ts';
import { InvalidState } from '../errors.ts';
import { loadTransferDraft, type TransferDraftRecord, type TransferDraftView, toDraftView } from '../queries/transfer-draft-view.ts';

async function lockDraft(ctx: Context, idOrNumber: string, action: string): Promise<TransferDraftRecord> {
  const draft = await loadTransferDraft(ctx.tx, ctx.actor, idOrNumber, true);
  if (!mayActAt(ctx.actor, draft.fromLocationId) && !mayActAt(ctx.actor, draft.toLocationId)) {
    throw new Forbidden(`Only staff of ${draft.from} or ${draft.to} may ${action === 'approved' ? 'approve' : 'dismiss'} draft ${draft.number}`);
  }
  if (draft.status !== 'draft') throw new InvalidState(`Transfer draft ${draft.number}`, draft.status, action);
  return draft;
}

export interface ApproveTransferDraftInput {
  /** The quantities to transfer instead of the proposed ones; SKUs left out are not transferred. */
  lines?: Array<{ sku: string; quantity: number }>;
  note?: string;
}

export async function approveTransferDraft(ctx: Context, idOrNumber: string, input: ApproveTransferDraftInput): Promise<TransferDraftView> {
  const draft = await lockDraft(ctx, idOrNumber, 'approved');
  for (const [index, line] of (input.lines ?? []).entries()) {
    if (!draft.lines.some((proposed) => proposed.sku === line.sku)) throw new UnknownReference('draft line', line.sku, `/lines/${index}/sku`);
  }
  const transfer = await createTransfer(ctx, { from: draft.from, to: draft.to, lines: input.lines ?? draft.lines, note: input.note ?? `Replenishment ${draft.number}` });
  await sql`UPDATE transfer_draft SET status = 'approved', transfer_id = ${transfer.id}, decided_by = ${ctx.actor.userId}, decided_at = ${ctx.now},
    note = ${input.note ?? null} WHERE id = ${draft.id}`.execute(ctx.tx);
  await sql`UPDATE replenishment_proposal SET status = 'ordered', closed_at = ${ctx.now} WHERE transfer_draft_id = ${draft.id} AND status = 'drafted'`.execute(ctx.tx);
  const after = toDraftView(await loadTransferDraft(ctx.tx, ctx.actor, draft.id));
  await ctx.audit({ action: 'transfer_draft.approved', entity: 'transfer_draft', entityId: draft.id, before: { status: 'draft', lines: draft.lines }, after });
  return after;
}

export async function dismissTransferDraft(ctx: Context, idOrNumber: string, note: string): Promise<TransferDraftView> {
  const draft = await lockDraft(ctx, idOrNumber, 'dismissed');
  await sql`UPDATE transfer_draft SET status = 'dismissed', decided_by = ${ctx.actor.userId}, decided_at = ${ctx.now}, note = ${note} WHERE id = ${draft.id}`.execute(ctx.tx);
  await sql`UPDATE replenishment_proposal SET status = 'dismissed', closed_at = ${ctx.now} WHERE transfer_draft_id = ${draft.id} AND status = 'drafted'`.execute(ctx.tx);
  const after = toDraftView(await loadTransferDraft(ctx.tx, ctx.actor, draft.id));
  await ctx.audit({ action: 'transfer_draft.dismissed', entity: 'transfer_draft', entityId: draft.id, before: { status: 'draft' }, after });
  return after;
}
