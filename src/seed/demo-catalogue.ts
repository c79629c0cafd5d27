// The demo retailer's catalogue: styles in four families (basics, seasonal fashion, electronics, home), each
// style in its size × colour (or model, capacity, flavour) variants, with GS1 barcodes, shelf prices that end
// in .99 once tax is added, costs at family margins and standard or reduced tax. Pure: a function of the
// random generator and the number of SKUs, so the same seed always gives the same catalogue.
import { gtinCheckDigit, type CreateProductInput } from '../modules/catalog/index.ts';
import { DEMAND_SHARE, type Family, FAMILIES, familyCounts, GS1_COMPANY_PREFIX } from './catalogue/families.ts';
import { shuffled } from './catalogue/shuffled.ts';
import { makeStyle } from './catalogue/style.ts';
import { fitsPass, PASSES, TEMPLATES } from './catalogue/template.ts';
import type { Random } from './random.ts';

export { FAMILIES, type Family, familyCounts, REDUCED_TAX_RATE, STANDARD_TAX_RATE } from './catalogue/families.ts';
export { netPriceFor } from './catalogue/pricing.ts';

export interface DemoProduct {
  index: number;
  family: Family;
  input: CreateProductInput & { cost: number; price: number };
  /** The shelf price with tax, in cents. */
  shelfPrice: number;
  /** Relative demand before channel and store effects. */
  weight: number;
  /** Most units one customer takes of it (socks and chocolate by the handful, coats one at a time). */
  maxQuantity: number;
  /** A runaway seller with thin warehouse stock: it sells out online and goes on backorder. */
  hot: boolean;
}

export function generateCatalogue(random: Random, skus: number): DemoProduct[] {
  if (!Number.isInteger(skus) || skus < FAMILIES.length || skus > 90_000) throw new Error(`The demo catalogue needs between 4 and 90,000 SKUs, not ${skus}`);
  const products: DemoProduct[] = [];
  let styleNumber = 0;
  for (const family of FAMILIES) {
    const target = familyCounts(skus)[family];
    const familyRandom = random.fork(family);
    const styles: DemoProduct[][] = [];
    let made = 0;
    for (let pass = 0; made < target; pass++) {
      const naming = PASSES[family][pass % PASSES[family].length] as (typeof PASSES)[Family][number];
      const round = Math.floor(pass / PASSES[family].length);
      const templates = shuffled(familyRandom, TEMPLATES[family].filter((template) => pass === 0 || fitsPass(template, naming)));
      for (const template of templates) {
        if (made >= target) break;
        styleNumber += 1;
        const style = makeStyle(familyRandom, family, template, naming, round, styleNumber);
        const kept = style.slice(0, target - made);
        made += kept.length;
        styles.push(kept);
      }
    }
    for (const style of styles) {
      for (const product of style) {
        product.index = products.length;
        products.push(product);
      }
    }
  }
  const distinct = new Set(products.map((product) => product.input.sku));
  if (distinct.size !== products.length) throw new Error(`The demo catalogue generated a SKU twice: ${products.map((p) => p.input.sku).filter((s, i, all) => all.indexOf(s) !== i).slice(0, 5).join(', ')}`);
  const familyWeight = new Map<Family, number>();
  for (const product of products) familyWeight.set(product.family, (familyWeight.get(product.family) ?? 0) + product.weight);
  for (const product of products) product.weight = ((product.weight / (familyWeight.get(product.family) as number)) * DEMAND_SHARE[product.family] * products.length);
  markHotSellers(random.fork('hot'), products);
  for (const product of products) {
    const itemReference = String(product.index + 1).padStart(12 - GS1_COMPANY_PREFIX.length, '0');
    const digits = `${GS1_COMPANY_PREFIX}${itemReference}`;
    product.input.barcode = `${digits}${gtinCheckDigit(digits)}`;
  }
  return products;
}

/** A few seasonal bestsellers (at least two): far more wanted than the warehouses hold. */
function markHotSellers(random: Random, products: DemoProduct[]): void {
  const seasonal = products.filter((product) => product.family === 'seasonal' && product.maxQuantity === 1).sort((a, b) => b.weight - a.weight);
  const wanted = Math.max(2, Math.round(products.length / 250));
  for (const product of shuffled(random, seasonal.slice(0, Math.max(wanted, Math.ceil(seasonal.length / 8)))).slice(0, wanted)) {
    product.hot = true;
    product.weight *= 6;
  }
}
