// How reorder rules and their templates show in the API, and the list of rules with filters.
import { sql } from 'kysely';
import type { Queryable } from '../../../platform/db/database.ts';
import { toPage } from '../../../platform/http/cursor.ts';
import { cursorKey } from './cursor-key.ts';

export type ReorderTrigger = 'auto' | 'manual';
export type ReorderSource = 'purchase' | 'transfer';

export interface ReorderRuleView {
  id: string;
  sku: string;
  location: string;
  min: number;
  max: number;
  multiple: number;
  trigger: ReorderTrigger;
  source: ReorderSource;
  sourceLocation: string | null;
  leadTimeDays: number | null;
  active: boolean;
}

interface RuleRow {
  id: string;
  sku: string;
  location: string;
  min_quantity: number;
  max_quantity: number;
  order_multiple: number;
  trigger: ReorderTrigger;
  source: ReorderSource;
  source_location: string | null;
  lead_time_days: number | null;
  active: boolean;
}

const toRule = (row: RuleRow): ReorderRuleView => ({
  id: row.id,
  sku: row.sku,
  location: row.location,
  min: Number(row.min_quantity),
  max: Number(row.max_quantity),
  multiple: Number(row.order_multiple),
  trigger: row.trigger,
  source: row.source,
  sourceLocation: row.source_location,
  leadTimeDays: row.lead_time_days,
  active: row.active,
});

export interface ListReorderRulesInput {
  location?: string;
  sku?: string;
  source?: ReorderSource;
  trigger?: ReorderTrigger;
  limit: number;
  cursor?: string;
}

export async function listReorderRules(db: Queryable, locationIds: readonly string[] | null, input: ListReorderRulesInput) {
  const after = cursorKey(input.cursor, ['string', 'string']);
  const rows = await sql<RuleRow>`SELECT r.id, p.sku, l.code AS location, r.min_quantity, r.max_quantity, r.order_multiple, r.trigger,
      r.source, s.code AS source_location, r.lead_time_days, r.active
    FROM reorder_rule r JOIN product p ON p.id = r.product_id JOIN location l ON l.id = r.location_id
    LEFT JOIN location s ON s.id = r.source_location_id
    WHERE true
      ${input.location !== undefined ? sql`AND l.code = ${input.location}` : sql``}
      ${input.sku !== undefined ? sql`AND p.sku = ${input.sku}` : sql``}
      ${input.source !== undefined ? sql`AND r.source = ${input.source}` : sql``}
      ${input.trigger !== undefined ? sql`AND r.trigger = ${input.trigger}` : sql``}
      ${locationIds !== null ? sql`AND r.location_id = ANY(${locationIds}::uuid[])` : sql``}
      ${after ? sql`AND (l.code, p.sku) > (${String(after[0])}, ${String(after[1])})` : sql``}
    ORDER BY l.code, p.sku LIMIT ${input.limit + 1}`.execute(db);
  return toPage(rows.rows, input.limit, toRule, (row) => [row.location, row.sku]);
}

export interface ReorderRuleTemplateView {
  id: string;
  locationKind: 'warehouse' | 'store';
  sku: string;
  min: number;
  max: number;
  multiple: number;
  trigger: ReorderTrigger;
  source: ReorderSource;
  sourceLocation: string | null;
}

export async function listReorderRuleTemplates(db: Queryable, input: { locationKind?: string; limit: number; cursor?: string }) {
  const after = cursorKey(input.cursor, ['string', 'string']);
  const rows = await sql<RuleRow & { location_kind: 'warehouse' | 'store' }>`SELECT t.id, t.location_kind, p.sku, '' AS location,
      t.min_quantity, t.max_quantity, t.order_multiple, t.trigger, t.source, s.code AS source_location, NULL AS lead_time_days, true AS active
    FROM reorder_rule_template t JOIN product p ON p.id = t.product_id LEFT JOIN location s ON s.id = t.source_location_id
    WHERE true
      ${input.locationKind !== undefined ? sql`AND t.location_kind = ${input.locationKind}` : sql``}
      ${after ? sql`AND (t.location_kind, p.sku) > (${String(after[0])}, ${String(after[1])})` : sql``}
    ORDER BY t.location_kind, p.sku LIMIT ${input.limit + 1}`.execute(db);
  return toPage(
    rows.rows,
    input.limit,
    (row): ReorderRuleTemplateView => {
      const { id, sku, min, max, multiple, trigger, source, sourceLocation } = toRule(row);
      return { id, locationKind: row.location_kind, sku, min, max, multiple, trigger, source, sourceLocation };
    },
    (row) => [row.location_kind, row.sku],
  );
}
