// The catalogue's four families: their shares of SKUs and of demand, style codes, margins, and the tax rates and GS1 prefix.
export const FAMILIES = ['basics', 'seasonal', 'electronics', 'home'] as const;
export type Family = (typeof FAMILIES)[number];

/** The share of the catalogue each family gets. */
export const FAMILY_SHARE: Record<Family, number> = { basics: 0.3, seasonal: 0.36, electronics: 0.12, home: 0.22 };

/** The share of units sold each family gets (before channel tilts): basics turn fastest, electronics slowest. */
export const DEMAND_SHARE: Record<Family, number> = { basics: 0.34, seasonal: 0.3, electronics: 0.11, home: 0.25 };

/** Dutch VAT in basis points: standard (the company default) and reduced (food, books). */
export const STANDARD_TAX_RATE = 2100;
export const REDUCED_TAX_RATE = 900;

/** The GS1 company prefix the demo's barcodes are issued under (87: GS1 Netherlands). */
export const GS1_COMPANY_PREFIX = '8719327';

export const FAMILY_CODE: Record<Family, string> = { basics: 'BA', seasonal: 'SE', electronics: 'EL', home: 'HO' };

/** Gross margin on the tax-exclusive price: fashion marks up most, electronics least. */
export const FAMILY_MARGIN: Record<Family, number> = { basics: 0.58, seasonal: 0.64, electronics: 0.27, home: 0.52 };
export const FOOD_MARGIN = 0.36;

export function familyCounts(skus: number): Record<Family, number> {
  const counts = { basics: 0, seasonal: 0, electronics: 0, home: 0 } as Record<Family, number>;
  let assigned = 0;
  for (const family of FAMILIES.slice(1)) {
    counts[family] = Math.round(skus * FAMILY_SHARE[family]);
    assigned += counts[family];
  }
  counts.basics = skus - assigned;
  return counts;
}
