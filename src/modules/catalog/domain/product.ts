// The product (a SKU): what it is, how it is grouped and counted, what it costs and sells for, how it is taxed.

export const DEFAULT_UNIT_OF_MEASURE = 'unit';

/** The variant attributes a style groups its SKUs by (a T-shirt style in sizes and colours). */
export const ATTRIBUTE_NAMES = ['size', 'colour'] as const;
export type AttributeName = (typeof ATTRIBUTE_NAMES)[number];
export type ProductAttributes = Partial<Record<AttributeName, string>>;

export interface Product {
  id: string;
  sku: string;
  name: string;
  barcode: string | null;
  category: string | null;
  family: string | null;
  style: string | null;
  attributes: Record<string, string>;
  unitOfMeasure: string;
  /** Minor units of the company currency, tax-exclusive. */
  cost: number;
  price: number;
  /** The product's own rate in basis points; null means "whatever the company default is". */
  ownTaxRate: number | null;
  /** The rate that applies: the own rate, else the company default at the time of reading. */
  taxRate: number;
}

export function effectiveTaxRate(ownTaxRate: number | null, companyDefaultTaxRate: number): number {
  return ownTaxRate ?? companyDefaultTaxRate;
}
