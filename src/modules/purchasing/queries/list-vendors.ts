// Lists vendors by code, a page at a time; and one vendor's supplier info (what it sells, at what terms).
import { sql } from 'kysely';
import type { Queryable } from '../../../platform/db/database.ts';
import { toPage } from '../../../platform/http/cursor.ts';
import { toVendor, type VendorRow } from './vendor-row.ts';
import { cursorKey } from './cursor-key.ts';

export async function listVendors(db: Queryable, input: { limit: number; cursor?: string; active?: boolean }) {
  const after = cursorKey(input.cursor, ['string'])?.[0];
  const rows = await sql<VendorRow>`SELECT * FROM vendor WHERE true
    ${input.active !== undefined ? sql`AND active = ${input.active}` : sql``}
    ${typeof after === 'string' ? sql`AND code > ${after}` : sql``}
    ORDER BY code LIMIT ${input.limit + 1}`.execute(db);
  return toPage(rows.rows, input.limit, toVendor, (row) => [row.code]);
}

export interface SupplierProductView {
  vendor: string;
  sku: string;
  vendorSku: string | null;
  unitCost: number;
  minOrderQuantity: number;
  orderMultiple: number;
  leadTimeDays: number;
  preferred: boolean;
}

interface SupplierProductRow {
  vendor: string;
  sku: string;
  vendor_sku: string | null;
  unit_cost: number;
  min_order_quantity: number;
  order_multiple: number;
  lead_time_days: number;
  preferred: boolean;
}

export function toSupplierProduct(row: SupplierProductRow): SupplierProductView {
  return {
    vendor: row.vendor,
    sku: row.sku,
    vendorSku: row.vendor_sku,
    unitCost: Number(row.unit_cost),
    minOrderQuantity: Number(row.min_order_quantity),
    orderMultiple: Number(row.order_multiple),
    leadTimeDays: row.lead_time_days,
    preferred: row.preferred,
  };
}

export async function listSupplierProducts(db: Queryable, input: { vendor?: string; sku?: string; limit: number; cursor?: string }) {
  const after = cursorKey(input.cursor, ['string', 'string']);
  const rows = await sql<SupplierProductRow>`SELECT v.code AS vendor, p.sku, sp.vendor_sku, sp.unit_cost, sp.min_order_quantity,
      sp.order_multiple, coalesce(sp.lead_time_days, v.lead_time_days) AS lead_time_days, sp.preferred
    FROM supplier_product sp JOIN vendor v ON v.id = sp.vendor_id JOIN product p ON p.id = sp.product_id
    WHERE true
      ${input.vendor !== undefined ? sql`AND v.code = ${input.vendor}` : sql``}
      ${input.sku !== undefined ? sql`AND p.sku = ${input.sku}` : sql``}
      ${after ? sql`AND (v.code, p.sku) > (${String(after[0])}, ${String(after[1])})` : sql``}
    ORDER BY v.code, p.sku LIMIT ${input.limit + 1}`.execute(db);
  return toPage(rows.rows, input.limit, toSupplierProduct, (row) => [row.vendor, row.sku]);
}
