// How a product row reads from the database, and how rows become products with their effective tax rate.
import { toSafeInteger } from '../../../kernel/integer.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { getCompany } from '../../network/index.ts';
import { effectiveTaxRate, type Product } from '../domain/product.ts';

export interface ProductRow {
  id: string;
  sku: string;
  name: string;
  barcode: string | null;
  category: string | null;
  family: string | null;
  style: string | null;
  attributes: Record<string, string> | null;
  unit_of_measure: string;
  cost: number | string;
  price: number | string;
  tax_rate: number | null;
}

export const PRODUCT_COLUMNS = [
  'id', 'sku', 'name', 'barcode', 'category', 'family', 'style', 'attributes', 'unit_of_measure', 'cost', 'price', 'tax_rate',
] as const;

export function toProduct(row: ProductRow, companyDefaultTaxRate: number): Product {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    barcode: row.barcode,
    category: row.category,
    family: row.family,
    style: row.style,
    attributes: row.attributes ?? {},
    unitOfMeasure: row.unit_of_measure,
    cost: toSafeInteger(row.cost),
    price: toSafeInteger(row.price),
    ownTaxRate: row.tax_rate,
    taxRate: effectiveTaxRate(row.tax_rate, companyDefaultTaxRate),
  };
}

/** Maps rows to products, reading the company default only when some product has no rate of its own. */
export async function toProducts(db: Queryable, rows: readonly ProductRow[]): Promise<Product[]> {
  const needsDefault = rows.some((row) => row.tax_rate === null);
  const companyDefault = needsDefault ? (await getCompany(db)).defaultTaxRate : 0;
  return rows.map((row) => toProduct(row, companyDefault));
}
