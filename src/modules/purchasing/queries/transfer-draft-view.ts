// Draft transfers as the API shows them: the lane, the quantities the run proposed per SKU, and the inventory
// transfer it became once approved. Visible to whoever may see either end.
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import { NotFound } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { encodeCursor } from '../../../platform/http/cursor.ts';
import { cursorKey } from './cursor-key.ts';
import { iso } from './purchase-order-view.ts';
import { newestDocumentFirst, olderThanDocument } from '../../../platform/db/document-order.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TransferDraftView {
  id: string;
  number: string;
  from: string;
  to: string;
  status: 'draft' | 'approved' | 'dismissed';
  lines: Array<{ sku: string; quantity: number }>;
  transfer: string | null;
  createdAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  note: string | null;
}

export interface TransferDraftRecord extends TransferDraftView {
  fromLocationId: string;
  toLocationId: string;
}

const scope = (actor: Actor) =>
  actor.locationIds !== null ? sql`AND (d.from_location_id = ANY(${actor.locationIds}::uuid[]) OR d.to_location_id = ANY(${actor.locationIds}::uuid[]))` : sql``;

async function loadDrafts(db: Queryable, where: ReturnType<typeof sql>, forUpdate = false): Promise<TransferDraftRecord[]> {
  const drafts = await sql<Record<string, any>>`SELECT d.*, f.code AS from_code, t.code AS to_code, tr.number AS transfer_number, u.email AS decided_by_email
    FROM transfer_draft d JOIN location f ON f.id = d.from_location_id JOIN location t ON t.id = d.to_location_id
    LEFT JOIN transfer tr ON tr.id = d.transfer_id LEFT JOIN app_user u ON u.id = d.decided_by
    WHERE ${where} ORDER BY ${newestDocumentFirst('d.number')} ${forUpdate ? sql`FOR UPDATE OF d` : sql``}`.execute(db);
  if (drafts.rows.length === 0) return [];
  const lines = await sql<{ transfer_draft_id: string; sku: string; quantity: number }>`SELECT p.transfer_draft_id, pr.sku, sum(p.quantity)::int8 AS quantity
    FROM replenishment_proposal p JOIN product pr ON pr.id = p.product_id
    WHERE p.transfer_draft_id = ANY(${drafts.rows.map((d) => d.id)}::uuid[]) AND p.status IN ('drafted', 'ordered')
    GROUP BY p.transfer_draft_id, pr.sku ORDER BY pr.sku`.execute(db);
  return drafts.rows.map((row) => ({
    id: row.id,
    number: row.number,
    from: row.from_code,
    to: row.to_code,
    fromLocationId: row.from_location_id,
    toLocationId: row.to_location_id,
    status: row.status,
    lines: lines.rows.filter((line) => line.transfer_draft_id === row.id).map((line) => ({ sku: line.sku, quantity: Number(line.quantity) })),
    transfer: row.transfer_number ?? null,
    createdAt: iso(row.created_at) as string,
    decidedAt: iso(row.decided_at),
    decidedBy: row.decided_by_email ?? null,
    note: row.note ?? null,
  }));
}

export const toDraftView = ({ fromLocationId: _from, toLocationId: _to, ...view }: TransferDraftRecord): TransferDraftView => view;

export async function loadTransferDraft(db: Queryable, actor: Actor, idOrNumber: string, forUpdate = false): Promise<TransferDraftRecord> {
  const [draft] = await loadDrafts(db, sql`${UUID.test(idOrNumber) ? sql`d.id = ${idOrNumber}` : sql`d.number = ${idOrNumber}`} ${scope(actor)}`, forUpdate);
  if (!draft) throw new NotFound('Transfer draft', idOrNumber);
  return draft;
}

export async function listTransferDrafts(db: Queryable, actor: Actor, input: { from?: string; to?: string; status?: string; limit: number; cursor?: string }) {
  const after = cursorKey(input.cursor, ['string']);
  const ids = await sql<{ id: string }>`SELECT d.id FROM transfer_draft d JOIN location f ON f.id = d.from_location_id JOIN location t ON t.id = d.to_location_id
    WHERE true ${scope(actor)}
      ${input.from !== undefined ? sql`AND f.code = ${input.from}` : sql``}
      ${input.to !== undefined ? sql`AND t.code = ${input.to}` : sql``}
      ${input.status !== undefined ? sql`AND d.status = ${input.status}` : sql``}
      ${olderThanDocument('d.number', after)}
    ORDER BY ${newestDocumentFirst('d.number')} LIMIT ${input.limit + 1}`.execute(db);
  const page = ids.rows.slice(0, input.limit).map((row) => row.id);
  const items = page.length > 0 ? (await loadDrafts(db, sql`d.id = ANY(${page}::uuid[])`)).map(toDraftView) : [];
  const last = items[items.length - 1];
  return { items, nextCursor: ids.rows.length > input.limit && last ? encodeCursor([last.number]) : null };
}
