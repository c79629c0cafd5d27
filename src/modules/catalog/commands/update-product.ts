// Changes a product's descriptive, classification, price, cost and tax fields; every real change is audited.
import { sql } from 'kysely';
import { NotFound } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { getCompany } from '../../network/index.ts';
import type { ProductChanged } from '../events.ts';
import { applyProductChange, type ChangeableField, type ProductPatch, productChange } from '../domain/product-change.ts';
import type { Product } from '../domain/product.ts';
import { productSearchText } from '../domain/search-text.ts';
import { findProductBySku } from '../queries/find-products.ts';
import { assertBarcodeFree, assertValidBarcode } from './assert-barcode.ts';

export type UpdateProductInput = ProductPatch;

const COLUMN_OF: Record<ChangeableField, string> = {
  name: 'name',
  category: 'category',
  family: 'family',
  style: 'style',
  attributes: 'attributes',
  unitOfMeasure: 'unit_of_measure',
  barcode: 'barcode',
  cost: 'cost',
  price: 'price',
  taxRate: 'tax_rate',
};

export async function updateProduct(ctx: Context, sku: string, input: UpdateProductInput): Promise<Product> {
  if (typeof input.barcode === 'string') assertValidBarcode(input.barcode);
  // Lock the row first, so the "before" values in the audit trail are the ones this change replaced.
  const locked = await ctx.tx.selectFrom('product').select('id').where('sku', '=', sku).forUpdate().executeTakeFirst();
  if (!locked) throw new NotFound('Product', sku);
  const product = (await findProductBySku(ctx.tx, sku)) as Product;

  const change = productChange(product, input);
  if (change.fields.length === 0) return product;
  if (typeof change.after.barcode === 'string') await assertBarcodeFree(ctx.tx, change.after.barcode, product.id);

  const companyDefault = (await getCompany(ctx.tx)).defaultTaxRate;
  const updated = applyProductChange(product, change, companyDefault);
  // search_text is rewritten with every change, so it can never lag behind the fields it is made of.
  const set: Record<string, unknown> = { updated_at: ctx.now, search_text: productSearchText(updated) };
  for (const field of change.fields) {
    const value = change.after[field];
    set[COLUMN_OF[field]] = field === 'attributes' ? sql`cast(${JSON.stringify(value)} as jsonb)` : value;
  }
  await ctx.tx.updateTable('product').set(set).where('id', '=', product.id).execute();

  await ctx.audit({ action: 'product.changed', entity: 'product', entityId: product.id, before: change.before, after: change.after });
  const event: ProductChanged = {
    type: 'catalog.product_changed',
    payload: { productId: product.id, sku: product.sku, fields: change.fields, before: change.before, after: change.after },
  };
  await ctx.emit(event);
  return updated;
}
