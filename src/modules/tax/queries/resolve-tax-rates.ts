// The query the selling side calls to price tax: the jurisdiction of the selling location and, per product,
// the rate there (its rule, else the jurisdiction's standard rule, else the product's own rate).
import { sql } from 'kysely';
import type { Queryable } from '../../../platform/db/database.ts';
import { ANY_CATEGORY, taxRateFor, type TaxRule } from '../domain/tax-rate.ts';

export interface TaxedProduct {
  id: string;
  /** The catalog category, used as the tax category. */
  category: string | null;
  /** The product's effective rate (its own, else the company default). */
  taxRate: number;
}

export interface TaxRateAnswer {
  jurisdiction: string | null;
  pricesIncludeTax: boolean;
  /** Rate in basis points by product id. */
  rates: Map<string, number>;
}

export async function resolveTaxRates(db: Queryable, locationId: string | null, products: readonly TaxedProduct[]): Promise<TaxRateAnswer> {
  const categories = [...new Set([ANY_CATEGORY, ...products.flatMap((product) => (product.category === null ? [] : [product.category]))])];
  const rows = locationId
    ? (
        await sql<{ code: string; prices_include_tax: boolean; tax_category: string | null; rate: number | null }>`
          SELECT j.code, j.prices_include_tax, r.tax_category, r.rate
            FROM location_tax_jurisdiction lj
            JOIN tax_jurisdiction j ON j.id = lj.jurisdiction_id
            LEFT JOIN tax_rule r ON r.jurisdiction_id = j.id AND r.tax_category IN (${sql.join(categories)})
           WHERE lj.location_id = ${locationId}`.execute(db)
      ).rows
    : [];
  const jurisdiction = rows[0]?.code ?? null;
  const rules: TaxRule[] = rows.flatMap((row) => (row.tax_category === null || row.rate === null ? [] : [{ jurisdiction: row.code, taxCategory: row.tax_category, rate: row.rate }]));
  const rates = new Map(products.map((product) => [product.id, taxRateFor({ productRate: product.taxRate, taxCategory: product.category, jurisdiction }, rules)]));
  return { jurisdiction, pricesIncludeTax: rows[0]?.prices_include_tax ?? false, rates };
}
