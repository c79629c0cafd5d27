// Creates a draft purchase order by hand: a vendor, a receiving location, lines at the vendor's price (or the
// price given, else the product's cost) with promised dates from the vendor's lead times.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { Conflict } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { resolveProducts } from '../../catalog/index.ts';
import { resolveStockLocation } from '../../inventory/index.ts';
import { expectedDate } from '../domain/purchase-order-status.ts';
import { loadPurchaseOrder } from '../queries/load-purchase-order.ts';
import { type PurchaseOrderView, toPurchaseOrderView } from '../queries/purchase-order-view.ts';
import { resolveVendor } from '../queries/vendor-row.ts';
import { nextDocumentNumber } from '../../../platform/db/document-number.ts';

export interface CreatePurchaseOrderInput {
  vendor: string;
  location: string;
  lines: Array<{ sku: string; quantity: number; unitCost?: number }>;
  note?: string;
}

export async function createPurchaseOrder(ctx: Context, input: CreatePurchaseOrderInput): Promise<PurchaseOrderView> {
  const vendor = await resolveVendor(ctx.tx, input.vendor, '/vendor');
  if (!vendor.active) throw new Conflict('vendor_inactive', `Vendor ${vendor.code} is inactive`, [{ path: '/vendor', message: 'inactive' }]);
  const location = await resolveStockLocation(ctx, input.location, '/location');
  const products = await resolveProducts(ctx.tx, input.lines.map((line) => line.sku), (index) => `/lines/${index}/sku`);
  const terms = await sql<{ product_id: string; unit_cost: number; lead_time_days: number | null }>`SELECT product_id, unit_cost, lead_time_days
    FROM supplier_product WHERE vendor_id = ${vendor.id} AND product_id = ANY(${[...products.values()].map((p) => p.id)}::uuid[])`.execute(ctx.tx);
  const termsOf = new Map(terms.rows.map((row) => [row.product_id, row]));
  const id = randomUUID();
  const lines = input.lines.map((line, index) => {
    const product = products.get(line.sku) as { id: string; cost: number };
    const supplier = termsOf.get(product.id);
    const leadTimeDays = supplier?.lead_time_days ?? vendor.leadTimeDays;
    return {
      purchase_order_id: id,
      line_no: index + 1,
      product_id: product.id,
      quantity: line.quantity,
      unit_cost: line.unitCost ?? (supplier ? Number(supplier.unit_cost) : product.cost),
      lead_time_days: leadTimeDays,
      expected_at: expectedDate(ctx.now, leadTimeDays),
    };
  });
  const total = lines.reduce((sum, line) => sum + line.quantity * line.unit_cost, 0);
  const expectedAt = new Date(Math.max(...lines.map((line) => line.expected_at.getTime())));
  await ctx.tx
    .insertInto('purchase_order')
    .values({
      id,
      number: await nextDocumentNumber(ctx, 'PO'),
      vendor_id: vendor.id,
      location_id: location.id,
      status: 'draft',
      origin: 'manual',
      total,
      note: input.note ?? null,
      expected_at: expectedAt,
      created_by: ctx.actor.userId,
      created_at: ctx.now,
    })
    .execute();
  await ctx.tx.insertInto('purchase_order_line').values(lines).execute();
  const view = toPurchaseOrderView(await loadPurchaseOrder(ctx.tx, id));
  await ctx.audit({ action: 'purchase_order.created', entity: 'purchase_order', entityId: id, after: view });
  return view;
}
