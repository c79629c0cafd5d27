// Sets a vendor's supplier info for a product (insert or replace): vendor SKU, unit cost, minimum order
// quantity, order multiple, lead time, and whether it is the product's preferred vendor (one per product).
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { resolveProducts } from '../../catalog/index.ts';
import { listSupplierProducts, type SupplierProductView } from '../queries/list-vendors.ts';
import { getVendor } from '../queries/vendor-row.ts';

export interface SetSupplierProductInput {
  sku: string;
  vendorSku?: string | null;
  unitCost: number;
  minOrderQuantity?: number;
  orderMultiple?: number;
  leadTimeDays?: number | null;
  preferred?: boolean;
}

export async function setSupplierProduct(ctx: Context, vendorCode: string, input: SetSupplierProductInput): Promise<SupplierProductView> {
  const vendor = await getVendor(ctx.tx, vendorCode);
  const product = (await resolveProducts(ctx.tx, [input.sku], () => '/sku')).get(input.sku);
  const productId = product?.id as string;
  const before = await sql`SELECT * FROM supplier_product WHERE vendor_id = ${vendor.id} AND product_id = ${productId} FOR UPDATE`.execute(ctx.tx);
  if (input.preferred) {
    // One preferred vendor per product: choosing this one unsets the others (the partial unique index holds it).
    await sql`UPDATE supplier_product SET preferred = false, updated_at = ${ctx.now}
      WHERE product_id = ${productId} AND vendor_id <> ${vendor.id} AND preferred`.execute(ctx.tx);
  }
  await sql`INSERT INTO supplier_product (vendor_id, product_id, vendor_sku, unit_cost, min_order_quantity, order_multiple, lead_time_days, preferred, updated_at)
    VALUES (${vendor.id}, ${productId}, ${input.vendorSku ?? null}, ${input.unitCost}, ${input.minOrderQuantity ?? 1}, ${input.orderMultiple ?? 1},
            ${input.leadTimeDays ?? null}, ${input.preferred ?? false}, ${ctx.now})
    ON CONFLICT (vendor_id, product_id) DO UPDATE SET vendor_sku = EXCLUDED.vendor_sku, unit_cost = EXCLUDED.unit_cost,
      min_order_quantity = EXCLUDED.min_order_quantity, order_multiple = EXCLUDED.order_multiple, lead_time_days = EXCLUDED.lead_time_days,
      preferred = EXCLUDED.preferred, updated_at = EXCLUDED.updated_at`.execute(ctx.tx);
  const after = (await listSupplierProducts(ctx.tx, { vendor: vendor.code, sku: input.sku, limit: 1 })).items[0] as SupplierProductView;
  await ctx.audit({ action: 'vendor.product_set', entity: 'vendor', entityId: vendor.id, before: before.rows[0] ?? undefined, after });
  return after;
}
