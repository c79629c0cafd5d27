// A product change: which fields an update really changes, with their values before and after (for the audit trail).
import { effectiveTaxRate, type Product, type ProductAttributes } from './product.ts';

/**
 * The fields an update may change, by their API names. `taxRate` is the product's own rate:
 * null hands the product back to the company default.
 */
export interface ProductPatch {
  name?: string;
  category?: string | null;
  family?: string | null;
  style?: string | null;
  attributes?: ProductAttributes;
  unitOfMeasure?: string;
  barcode?: string | null;
  cost?: number;
  price?: number;
  taxRate?: number | null;
}

export type ChangeableField = keyof ProductPatch;

type ChangeableValues = { [F in ChangeableField]-?: Exclude<ProductPatch[F], undefined> };

export const CHANGEABLE_FIELDS: readonly ChangeableField[] = [
  'name', 'category', 'family', 'style', 'attributes', 'unitOfMeasure', 'barcode', 'cost', 'price', 'taxRate',
];

export interface ProductChange {
  fields: ChangeableField[];
  before: Partial<ChangeableValues>;
  after: Partial<ChangeableValues>;
}

/** Attributes without absent values, keys in a fixed order, so equal attributes compare and store equal. */
export function normalizeAttributes(attributes: ProductAttributes | Record<string, string>): Record<string, string> {
  const entries = Object.entries(attributes).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function changeableValues(product: Product): ChangeableValues {
  return {
    name: product.name,
    category: product.category,
    family: product.family,
    style: product.style,
    attributes: normalizeAttributes(product.attributes),
    unitOfMeasure: product.unitOfMeasure,
    barcode: product.barcode,
    cost: product.cost,
    price: product.price,
    taxRate: product.ownTaxRate,
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/** Compares a patch with the product; fields the patch leaves out or sets to their current value are no change. */
export function productChange(product: Product, patch: ProductPatch): ProductChange {
  const current = changeableValues(product);
  const change: ProductChange = { fields: [], before: {}, after: {} };
  const before = change.before as Record<string, unknown>;
  const after = change.after as Record<string, unknown>;
  for (const field of CHANGEABLE_FIELDS) {
    const requested = patch[field];
    if (requested === undefined) continue;
    const next = field === 'attributes' ? normalizeAttributes(requested as ProductAttributes) : requested;
    if (sameValue(current[field], next)) continue;
    change.fields.push(field);
    before[field] = current[field];
    after[field] = next;
  }
  return change;
}

/** The product after the change; the effective tax rate follows the company default when the own rate is null. */
export function applyProductChange(product: Product, change: ProductChange, companyDefaultTaxRate: number): Product {
  const { taxRate: ownTaxRateAfter, ...rest } = change.after;
  const ownTaxRate = ownTaxRateAfter === undefined ? product.ownTaxRate : ownTaxRateAfter;
  return { ...product, ...rest, ownTaxRate, taxRate: effectiveTaxRate(ownTaxRate, companyDefaultTaxRate) };
}
