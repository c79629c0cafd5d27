// One style of the catalogue: its variants (colour or option × size), SKUs, names, prices, costs and demand weights.
import type { DemoProduct } from '../demo-catalogue.ts';
import type { Random } from '../random.ts';
import { codes, lowerFirst } from './codes.ts';
import { type Family, FAMILY_CODE, FAMILY_MARGIN, FOOD_MARGIN, REDUCED_TAX_RATE, STANDARD_TAX_RATE } from './families.ts';
import { netPriceFor } from './pricing.ts';
import { shuffled } from './shuffled.ts';
import { isApparel } from './sizes.ts';
import type { PASSES, Template } from './template.ts';

export function makeStyle(
  random: Random,
  family: Family,
  template: Template,
  naming: (typeof PASSES)[Family][number],
  round: number,
  styleNumber: number,
): DemoProduct[] {
  const baseName = `${naming.prefix ?? ''}${naming.prefix ? lowerFirst(template.name) : template.name}${naming.suffix ?? ''}${round > 0 ? ` ${round + 1}` : ''}`;
  const sizes = naming.sizes && isApparel(template) ? naming.sizes : template.sizes;
  const colourPool = template.colours ?? [];
  const colours = colourPool.length > 2 ? [colourPool[0] as string, ...shuffled(random, colourPool.slice(1)).slice(0, random.int(1, colourPool.length - 1))] : [...colourPool];
  const firsts: Array<{ label: string; colour?: string; weight: number }> =
    colours.length > 0
      ? colours.map((colour, index) => ({ label: colour, colour, weight: index === 0 ? 1 : random.between(0.35, 0.9) }))
      : (template.options ?? ['']).map((option, index) => ({ label: option, weight: index === 0 ? 1 : random.between(0.4, 1) }));
  const sizeList = sizes ?? [''];
  const firstCodes = codes(firsts.map((first) => first.label));
  const sizeCodes = codes(sizeList);
  const styleCode = `${FAMILY_CODE[family]}${String(1000 + styleNumber)}`;
  const styleWeight = random.logNormal(0.85) * Math.pow(2000 / (Array.isArray(template.price) ? (template.price[0] as number) : (template.price as number)), 0.35);
  const hasVariants = firsts.length > 1 || sizeList.length > 1 || colours.length > 0;
  const variants: DemoProduct[] = [];
  let weightSum = 0;
  for (const first of firsts) {
    for (const [sizeIndex, size] of sizeList.entries()) {
      const taxRate = template.reduced ? REDUCED_TAX_RATE : STANDARD_TAX_RATE;
      const { net: price, shelf: shelfPrice } = netPriceFor(Array.isArray(template.price) ? (template.price[sizeIndex] as number) : (template.price as number), taxRate);
      const margin = (template.reduced ? FOOD_MARGIN : FAMILY_MARGIN[family]) + random.between(-0.05, 0.05);
      const label = [first.label, size].filter((part) => part !== '').join(' / ');
      const attributes: { size?: string; colour?: string } = {};
      if (first.colour) attributes.colour = first.colour;
      if (size !== '') attributes.size = size;
      const sizeWeight = sizeList.length > 1 ? Math.exp(-(((sizeIndex - (sizeList.length - 1) / 2) / (sizeList.length / 2.6)) ** 2)) : 1;
      const weight = first.weight * sizeWeight;
      weightSum += weight;
      const skuParts = [styleCode, firstCodes.get(first.label) ?? '', sizeCodes.get(size) ?? ''].filter((part) => part !== '');
      variants.push({
        index: 0,
        family,
        input: {
          sku: skuParts.join('-'),
          name: hasVariants && label !== '' ? `${baseName} — ${label}` : baseName,
          category: template.category,
          family,
          style: styleCode,
          attributes,
          cost: Math.round(price * (1 - margin)),
          price,
          taxRate,
        },
        shelfPrice,
        weight,
        maxQuantity: template.maxQuantity ?? 2,
        hot: false,
      });
    }
  }
  for (const variant of variants) variant.weight = (variant.weight / weightSum) * styleWeight;
  return variants;
}
