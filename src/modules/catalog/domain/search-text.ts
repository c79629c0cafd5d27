// What product search matches against: the words a person would type for a product, folded so that case and
// accents do not matter ("cafe" finds "Café"). Folded here rather than in SQL because unaccent is not on PGlite.
import type { Product } from './product.ts';

/** Lower case without accents: "Crème BRÛLÉE" → "creme brulee". Queries and stored text go through the same fold. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** The product's searchable fields, folded, one space apart (so a word never spans two fields). */
export function productSearchText(product: Pick<Product, 'sku' | 'name' | 'style' | 'attributes' | 'category'>): string {
  const fields = [product.sku, product.name, product.style, product.attributes.colour, product.attributes.size, product.category];
  return foldForSearch(fields.filter((field): field is string => typeof field === 'string').join(' '));
}

/** The words of a search query, each of which a product must contain somewhere. */
export function searchWords(query: string): string[] {
  return foldForSearch(query).split(/\s+/u).filter((word) => word !== '');
}
