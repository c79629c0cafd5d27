// The size runs the catalogue's templates use, and which of them make a template sized apparel.
import type { Template } from './template.ts';

export const S_XXL = ['S', 'M', 'L', 'XL', 'XXL'];
export const XS_XL = ['XS', 'S', 'M', 'L', 'XL'];
export const XS_XXL = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];
export const WAIST = ['28', '30', '32', '34', '36', '38'];
export const SOCKS = ['35–38', '39–42', '43–46'];
export const SHOES = ['37', '38', '39', '40', '41', '42', '43', '44'];
export const KIDS = ['98/104', '110/116', '122/128', '134/140', '146/152'];
export const PHONES = ['iPhone 15', 'iPhone 16', 'iPhone 16 Pro', 'iPhone 16 Pro Max', 'Galaxy S24', 'Galaxy S25', 'Pixel 9', 'Pixel 9 Pro'];

export const SIZED_APPAREL = new Set([S_XXL, XS_XL, XS_XXL, WAIST, ['S', 'M', 'L', 'XL'], ['XS', 'S', 'M', 'L']].map((sizes) => sizes.join()));

export function isApparel(template: Template): boolean {
  return template.sizes !== undefined && SIZED_APPAREL.has(template.sizes.join());
}
