// Creates a product (a SKU); without a tax rate of its own it follows the company default, now and later.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { Conflict } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { getCompany } from '../../network/index.ts';
import type { ProductCreated } from '../events.ts';
import { normalizeAttributes } from '../domain/product-change.ts';
import { DEFAULT_UNIT_OF_MEASURE, effectiveTaxRate, type Product, type ProductAttributes } from '../domain/product.ts';
import { productSearchText } from '../domain/search-text.ts';
import { findProductBySku } from '../queries/find-products.ts';
import { assertBarcodeFree, assertValidBarcode } from './assert-barcode.ts';

export interface CreateProductInput {
  sku: string;
  name: string;
  barcode?: string | null | undefined;
  category?: string | null | undefined;
  family?: string | null | undefined;
  style?: string | null | undefined;
  attributes?: ProductAttributes | undefined;
  unitOfMeasure?: string | undefined;
  cost: number;
  price: number;
  /** Basis points; left out (or null) means the company default applies, including later changes of it. */
  taxRate?: number | null | undefined;
}

/** The product a valid input describes, as it is stored: defaults filled, attributes normalized, its tax rate resolved. */
export function newProduct(id: string, input: CreateProductInput, companyDefaultTaxRate: number): Product {
  const ownTaxRate = input.taxRate ?? null;
  return {
    id,
    sku: input.sku,
    name: input.name,
    barcode: input.barcode ?? null,
    category: input.category ?? null,
    family: input.family ?? null,
    style: input.style ?? null,
    attributes: normalizeAttributes(input.attributes ?? {}),
    unitOfMeasure: input.unitOfMeasure ?? DEFAULT_UNIT_OF_MEASURE,
    cost: input.cost,
    price: input.price,
    ownTaxRate,
    taxRate: effectiveTaxRate(ownTaxRate, companyDefaultTaxRate),
  };
}

export async function createProduct(ctx: Context, input: CreateProductInput): Promise<Product> {
  const barcode = input.barcode ?? null;
  if (barcode !== null) assertValidBarcode(barcode);
  if (await findProductBySku(ctx.tx, input.sku)) {
    throw new Conflict('already_exists', `Product ${input.sku} already exists`, [{ path: '/sku', message: 'already exists' }]);
  }
  if (barcode !== null) await assertBarcodeFree(ctx.tx, barcode);

  const companyDefault = (input.taxRate ?? null) === null ? (await getCompany(ctx.tx)).defaultTaxRate : 0;
  const product = newProduct(randomUUID(), input, companyDefault);
  await ctx.tx
    .insertInto('product')
    .values({
      id: product.id,
      sku: product.sku,
      name: product.name,
      barcode: product.barcode,
      category: product.category,
      family: product.family,
      style: product.style,
      attributes: sql`cast(${JSON.stringify(product.attributes)} as jsonb)`,
      unit_of_measure: product.unitOfMeasure,
      cost: product.cost,
      price: product.price,
      tax_rate: product.ownTaxRate,
      search_text: productSearchText(product),
      created_at: ctx.now,
      updated_at: ctx.now,
    })
    .execute();
  await ctx.audit({ action: 'product.created', entity: 'product', entityId: product.id, after: product });
  const event: ProductCreated = { type: 'catalog.product_created', payload: { productId: product.id, sku: product.sku } };
  await ctx.emit(event);
  return product;
}
