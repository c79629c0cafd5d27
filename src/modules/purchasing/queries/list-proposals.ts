// Lists replenishment proposals (newest first) with the position they were computed from, and the run history.
import { sql } from 'kysely';
import type { Queryable } from '../../../platform/db/database.ts';
import { toPage } from '../../../platform/http/cursor.ts';
import { iso } from './purchase-order-view.ts';
import { cursorKey } from './cursor-key.ts';

export interface ListProposalsInput {
  status?: 'open' | 'drafted' | 'ordered' | 'dismissed';
  location?: string;
  sku?: string;
  vendor?: string;
  run?: string;
  limit: number;
  cursor?: string;
}

const PROPOSAL_FROM = sql`replenishment_proposal p JOIN product pr ON pr.id = p.product_id JOIN location l ON l.id = p.location_id
    LEFT JOIN location s ON s.id = p.source_location_id LEFT JOIN vendor v ON v.id = p.vendor_id
    LEFT JOIN purchase_order o ON o.id = p.purchase_order_id LEFT JOIN transfer_draft d ON d.id = p.transfer_draft_id`;
const PROPOSAL_COLUMNS = sql`p.*, pr.sku, l.code AS location, s.code AS source_location, v.code AS vendor, o.number AS purchase_order,
      d.number AS transfer_draft`;

export async function listProposals(db: Queryable, locationIds: readonly string[] | null, input: ListProposalsInput) {
  const after = cursorKey(input.cursor, ['timestamp', 'uuid']);
  const rows = await sql<Record<string, any>>`SELECT ${PROPOSAL_COLUMNS}
    FROM ${PROPOSAL_FROM}
    WHERE true
      ${input.status !== undefined ? sql`AND p.status = ${input.status}` : sql``}
      ${input.location !== undefined ? sql`AND l.code = ${input.location}` : sql``}
      ${input.sku !== undefined ? sql`AND pr.sku = ${input.sku}` : sql``}
      ${input.vendor !== undefined ? sql`AND v.code = ${input.vendor}` : sql``}
      ${input.run !== undefined ? sql`AND p.run_id = ${input.run}` : sql``}
      ${locationIds !== null ? sql`AND p.location_id = ANY(${locationIds}::uuid[])` : sql``}
      ${after ? sql`AND (p.created_at, p.id) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)` : sql``}
    ORDER BY p.created_at DESC, p.id DESC LIMIT ${input.limit + 1}`.execute(db);
  return toPage(rows.rows, input.limit, toProposalView, (row) => [new Date(row.created_at).toISOString(), row.id]);
}

/** One proposal, known to exist (the caller has just checked it, and its scope). */
export async function getProposal(db: Queryable, id: string) {
  const rows = await sql<Record<string, any>>`SELECT ${PROPOSAL_COLUMNS} FROM ${PROPOSAL_FROM} WHERE p.id = ${id}`.execute(db);
  return toProposalView(rows.rows[0] ?? {});
}

function toProposalView(row: Record<string, any>) {
  return {
    id: row.id as string,
    runId: row.run_id as string,
    sku: row.sku as string,
    location: row.location as string,
    source: row.source as 'purchase' | 'transfer',
    sourceLocation: (row.source_location ?? null) as string | null,
    vendor: (row.vendor ?? null) as string | null,
    trigger: row.trigger as 'auto' | 'manual',
    position: {
      onHand: Number(row.on_hand),
      reserved: Number(row.reserved),
      incoming: Number(row.incoming),
      outgoing: Number(row.outgoing),
      demand: Number(row.demand),
      projected: Number(row.projected),
    },
    min: Number(row.min_quantity),
    max: Number(row.max_quantity),
    quantity: Number(row.quantity),
    unitCost: row.unit_cost === null ? null : Number(row.unit_cost),
    leadTimeDays: row.lead_time_days as number,
    status: row.status as 'open' | 'drafted' | 'ordered' | 'dismissed',
    purchaseOrder: (row.purchase_order ?? null) as string | null,
    transferDraft: (row.transfer_draft ?? null) as string | null,
    createdAt: iso(row.created_at) as string,
  };
}

export async function listRuns(db: Queryable, input: { limit: number; cursor?: string }) {
  const after = cursorKey(input.cursor, ['timestamp', 'uuid']);
  const rows = await sql<Record<string, any>>`SELECT * FROM replenishment_run
    WHERE true ${after ? sql`AND (started_at, id) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)` : sql``}
    ORDER BY started_at DESC, id DESC LIMIT ${input.limit + 1}`.execute(db);
  return toPage(
    rows.rows,
    input.limit,
    (row) => ({
      id: row.id as string,
      startedAt: iso(row.started_at) as string,
      durationMs: row.duration_ms as number,
      rulesEvaluated: row.rules_evaluated as number,
      proposalsCreated: row.proposals_created as number,
      purchaseOrdersDrafted: row.purchase_orders_drafted as number,
      purchaseOrdersAutoApproved: row.purchase_orders_auto_approved as number,
      transfersDrafted: row.transfers_drafted as number,
    }),
    (row) => [new Date(row.started_at).toISOString(), row.id],
  );
}
