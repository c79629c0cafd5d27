// The demo retailer's catalogue: styles in four families (basics, seasonal fashion, electronics, home), each
// style in its size × colour (or model, capacity, flavour) variants, with GS1 barcodes, shelf prices that end
// in .99 once tax is added, costs at family margins and standard or reduced tax. Pure: a function of the
// random generator and the number of SKUs, so the same seed always gives the same catalogue.
import { applyRate } from '../kernel/money.ts';
import { type CreateProductInput, gtinCheckDigit } from '../modules/catalog/index.ts';
import type { Random } from './random.ts';

export const FAMILIES = ['basics', 'seasonal', 'electronics', 'home'] as const;
export type Family = (typeof FAMILIES)[number];

/** The share of the catalogue each family gets. */
const FAMILY_SHARE: Record<Family, number> = { basics: 0.3, seasonal: 0.36, electronics: 0.12, home: 0.22 };

/** The share of units sold each family gets (before channel tilts): basics turn fastest, electronics slowest. */
const DEMAND_SHARE: Record<Family, number> = { basics: 0.34, seasonal: 0.3, electronics: 0.11, home: 0.25 };

/** Dutch VAT in basis points: standard (the company default) and reduced (food, books). */
export const STANDARD_TAX_RATE = 2100;
export const REDUCED_TAX_RATE = 900;

/** The GS1 company prefix the demo's barcodes are issued under (87: GS1 Netherlands). */
const GS1_COMPANY_PREFIX = '8719327';

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

interface Template {
  name: string;
  category: string;
  /** Shelf price with tax, in cents; with sizes it may vary per size. */
  price: number | readonly number[];
  sizes?: readonly string[];
  colours?: readonly string[];
  /** Variants that are neither size nor colour (scents, roasts, titles): in the name only. */
  options?: readonly string[];
  reduced?: boolean;
  maxQuantity?: number;
  /** Appears only once (no women's, kids' or collection versions). */
  once?: boolean;
  /** Not made in men's and women's versions (dresses, bras): skipped by the women's pass. */
  unisex?: boolean;
}

const S_XXL = ['S', 'M', 'L', 'XL', 'XXL'];
const XS_XL = ['XS', 'S', 'M', 'L', 'XL'];
const XS_XXL = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];
const WAIST = ['28', '30', '32', '34', '36', '38'];
const SOCKS = ['35–38', '39–42', '43–46'];
const SHOES = ['37', '38', '39', '40', '41', '42', '43', '44'];
const KIDS = ['98/104', '110/116', '122/128', '134/140', '146/152'];
const PHONES = ['iPhone 15', 'iPhone 16', 'iPhone 16 Pro', 'iPhone 16 Pro Max', 'Galaxy S24', 'Galaxy S25', 'Pixel 9', 'Pixel 9 Pro'];

const TEMPLATES: Record<Family, readonly Template[]> = {
  basics: [
    { name: 'Organic cotton crew tee', category: 'Tops', price: 1499, sizes: S_XXL, colours: ['Navy', 'Black', 'White', 'Grey melange', 'Olive', 'Sand', 'Burgundy'], maxQuantity: 3 },
    { name: 'Organic cotton V-neck tee', category: 'Tops', price: 1499, sizes: S_XXL, colours: ['White', 'Black', 'Navy', 'Grey melange'], maxQuantity: 3 },
    { name: 'Long-sleeve rib tee', category: 'Tops', price: 1999, sizes: XS_XL, colours: ['Black', 'Ecru', 'Chocolate', 'Slate'] },
    { name: 'Heavyweight pocket tee', category: 'Tops', price: 1799, sizes: S_XXL, colours: ['White', 'Black', 'Washed blue', 'Khaki'], maxQuantity: 2 },
    { name: 'Slim-fit stretch chinos', category: 'Bottoms', price: 4499, sizes: WAIST, colours: ['Navy', 'Khaki', 'Black', 'Stone'] },
    { name: 'Straight-leg jeans', category: 'Bottoms', price: 4999, sizes: WAIST, colours: ['Indigo', 'Black', 'Light wash'] },
    { name: 'Jogger sweatpants', category: 'Bottoms', price: 2999, sizes: XS_XL, colours: ['Grey melange', 'Black', 'Navy'] },
    { name: 'Merino crew jumper', category: 'Knitwear', price: 5999, sizes: S_XXL, colours: ['Navy', 'Charcoal', 'Camel', 'Bottle green'] },
    { name: 'Zip hoodie', category: 'Sweats', price: 3999, sizes: XS_XXL, colours: ['Black', 'Grey melange', 'Navy', 'Sage'] },
    { name: 'Crew sweatshirt', category: 'Sweats', price: 3499, sizes: XS_XXL, colours: ['Grey melange', 'Ecru', 'Navy', 'Black'] },
    { name: 'Bamboo crew socks 3-pack', category: 'Socks', price: 999, sizes: SOCKS, colours: ['Black', 'Navy', 'Grey', 'Mixed stripes'], maxQuantity: 4 },
    { name: 'Ankle socks 5-pack', category: 'Socks', price: 1199, sizes: SOCKS, colours: ['White', 'Black', 'Grey'], maxQuantity: 3 },
    { name: 'Boxer briefs 2-pack', category: 'Underwear', price: 1799, sizes: ['S', 'M', 'L', 'XL'], colours: ['Black', 'Navy', 'Grey'], maxQuantity: 3, unisex: true },
    { name: 'Stretch leggings', category: 'Bottoms', price: 2499, sizes: XS_XL, colours: ['Black', 'Navy', 'Charcoal'], unisex: true },
    { name: 'Ribbed tank top', category: 'Tops', price: 999, sizes: XS_XL, colours: ['White', 'Black', 'Ecru'], maxQuantity: 3 },
    { name: 'Oxford button-down shirt', category: 'Shirts', price: 3999, sizes: S_XXL, colours: ['White', 'Light blue', 'Pink stripe'] },
    { name: 'Piqué polo shirt', category: 'Tops', price: 2999, sizes: S_XXL, colours: ['Navy', 'White', 'Bottle green', 'Black'] },
    { name: 'Cotton pyjama set', category: 'Nightwear', price: 3499, sizes: XS_XL, colours: ['Navy check', 'Grey', 'Sage'] },
    { name: 'Seamless bralette', category: 'Underwear', price: 1999, sizes: ['XS', 'S', 'M', 'L'], colours: ['Black', 'Nude', 'White'], unisex: true },
    { name: 'Cotton briefs 3-pack', category: 'Underwear', price: 1499, sizes: XS_XL, colours: ['Black', 'White', 'Mixed'], maxQuantity: 2, unisex: true },
  ],
  seasonal: [
    { name: 'Quilted puffer jacket', category: 'Outerwear', price: 12999, sizes: XS_XXL, colours: ['Black', 'Olive', 'Navy', 'Rust', 'Cream'], maxQuantity: 1 },
    { name: 'Wool-blend overcoat', category: 'Outerwear', price: 17999, sizes: S_XXL, colours: ['Camel', 'Charcoal', 'Navy'], maxQuantity: 1 },
    { name: 'Waxed cotton parka', category: 'Outerwear', price: 14999, sizes: XS_XL, colours: ['Olive', 'Black', 'Tobacco'], maxQuantity: 1 },
    { name: 'Lightweight rain jacket', category: 'Outerwear', price: 7999, sizes: XS_XXL, colours: ['Yellow', 'Navy', 'Black', 'Sage'], maxQuantity: 1 },
    { name: 'Hooded down vest', category: 'Outerwear', price: 8999, sizes: XS_XXL, colours: ['Black', 'Navy', 'Olive'], maxQuantity: 1 },
    { name: 'Teddy fleece jacket', category: 'Outerwear', price: 6999, sizes: XS_XL, colours: ['Cream', 'Brown', 'Black'], maxQuantity: 1 },
    { name: 'Duffle coat', category: 'Outerwear', price: 15999, sizes: XS_XL, colours: ['Navy', 'Camel'], maxQuantity: 1 },
    { name: 'Cable-knit jumper', category: 'Knitwear', price: 6999, sizes: XS_XL, colours: ['Cream', 'Forest green', 'Burgundy', 'Oatmeal'] },
    { name: 'Chunky knit cardigan', category: 'Knitwear', price: 7499, sizes: XS_XL, colours: ['Oatmeal', 'Charcoal', 'Mustard'] },
    { name: 'Roll-neck merino jumper', category: 'Knitwear', price: 7999, sizes: XS_XL, colours: ['Black', 'Ecru', 'Camel', 'Burgundy'] },
    { name: 'Fair Isle jumper', category: 'Knitwear', price: 6999, sizes: XS_XXL, colours: ['Navy', 'Red', 'Cream'] },
    { name: 'Corduroy overshirt', category: 'Shirts', price: 5999, sizes: S_XXL, colours: ['Rust', 'Navy', 'Olive', 'Camel'] },
    { name: 'Flannel check shirt', category: 'Shirts', price: 4499, sizes: S_XXL, colours: ['Red check', 'Green check', 'Blue check'] },
    { name: 'Linen summer shirt', category: 'Shirts', price: 4999, sizes: S_XXL, colours: ['White', 'Sky blue', 'Sand', 'Sage'] },
    { name: 'Floral midi dress', category: 'Dresses', price: 6999, sizes: XS_XL, colours: ['Navy floral', 'Rose floral', 'Green floral'], unisex: true, maxQuantity: 1 },
    { name: 'Knitted midi dress', category: 'Dresses', price: 7999, sizes: XS_XL, colours: ['Black', 'Camel', 'Burgundy'], unisex: true, maxQuantity: 1 },
    { name: 'Velvet party dress', category: 'Dresses', price: 8999, sizes: XS_XL, colours: ['Emerald', 'Black', 'Midnight blue'], unisex: true, maxQuantity: 1 },
    { name: 'Sequin party top', category: 'Tops', price: 4999, sizes: XS_XL, colours: ['Silver', 'Gold', 'Black'], unisex: true },
    { name: 'Wide-leg pleated trousers', category: 'Bottoms', price: 5999, sizes: XS_XL, colours: ['Black', 'Camel', 'Grey check'] },
    { name: 'Pleated midi skirt', category: 'Bottoms', price: 4999, sizes: XS_XL, colours: ['Black', 'Forest green', 'Dusty pink'], unisex: true },
    { name: 'Satin slip skirt', category: 'Bottoms', price: 4499, sizes: XS_XL, colours: ['Champagne', 'Black', 'Emerald'], unisex: true },
    { name: 'Faux-leather trousers', category: 'Bottoms', price: 6999, sizes: XS_XL, colours: ['Black', 'Chocolate'] },
    { name: 'Linen shorts', category: 'Bottoms', price: 3499, sizes: S_XXL, colours: ['Sand', 'Navy', 'Olive'] },
    { name: 'Swim shorts', category: 'Swimwear', price: 2999, sizes: S_XXL, colours: ['Navy', 'Coral', 'Palm print'] },
    { name: 'Cashmere-blend scarf', category: 'Accessories', price: 3999, colours: ['Camel', 'Grey', 'Red check', 'Navy', 'Cream'] },
    { name: 'Rib-knit beanie', category: 'Accessories', price: 1999, colours: ['Black', 'Mustard', 'Forest green', 'Rust', 'Grey'], maxQuantity: 2 },
    { name: 'Wool-blend bucket hat', category: 'Accessories', price: 2999, colours: ['Camel', 'Black', 'Check'] },
    { name: 'Leather gloves', category: 'Accessories', price: 4999, sizes: ['S', 'M', 'L'], colours: ['Black', 'Brown'] },
    { name: 'Chelsea boots', category: 'Footwear', price: 11999, sizes: SHOES, colours: ['Black', 'Brown suede'], maxQuantity: 1 },
    { name: 'Shearling-lined boots', category: 'Footwear', price: 13999, sizes: SHOES, colours: ['Chestnut', 'Black'], maxQuantity: 1 },
    { name: 'Block-heel ankle boots', category: 'Footwear', price: 9999, sizes: SHOES, colours: ['Black', 'Taupe'], unisex: true, maxQuantity: 1 },
    { name: 'Canvas sneakers', category: 'Footwear', price: 5999, sizes: SHOES, colours: ['White', 'Black', 'Navy'], maxQuantity: 1 },
  ],
  electronics: [
    { name: 'Wireless earbuds Pro', category: 'Audio', price: 12999, colours: ['Black', 'White', 'Midnight blue'], maxQuantity: 1 },
    { name: 'Wireless earbuds Lite', category: 'Audio', price: 5999, colours: ['Black', 'White', 'Mint', 'Lilac'], maxQuantity: 1 },
    { name: 'Noise-cancelling over-ear headphones', category: 'Audio', price: 24999, colours: ['Black', 'Silver', 'Navy'], maxQuantity: 1 },
    { name: 'Kids’ volume-limited headphones', category: 'Audio', price: 2999, colours: ['Blue', 'Pink', 'Green', 'Yellow'], once: true },
    { name: 'Gaming headset', category: 'Audio', price: 7999, colours: ['Black', 'White'], maxQuantity: 1 },
    { name: 'Bluetooth speaker Mini', category: 'Audio', price: 4999, colours: ['Black', 'Blue', 'Red', 'Sand', 'Forest green'] },
    { name: 'Bluetooth speaker Max', category: 'Audio', price: 14999, colours: ['Black', 'Grey'], maxQuantity: 1 },
    { name: 'Smart speaker with display', category: 'Smart home', price: 9999, colours: ['Charcoal', 'Chalk'], maxQuantity: 1 },
    { name: 'USB-C charger 20 W', category: 'Charging', price: 1999, colours: ['White'], maxQuantity: 2 },
    { name: 'USB-C GaN charger 65 W', category: 'Charging', price: 4999, colours: ['White', 'Black'] },
    { name: 'USB-C to USB-C cable', category: 'Charging', price: [1499, 1799], sizes: ['1 m', '2 m'], colours: ['White', 'Black'], maxQuantity: 3 },
    { name: 'Power bank 10,000 mAh', category: 'Charging', price: 3999, colours: ['Black', 'White', 'Blue'] },
    { name: 'Power bank 20,000 mAh', category: 'Charging', price: 5999, colours: ['Black', 'Grey'] },
    { name: 'Wireless charging pad 15 W', category: 'Charging', price: 2999, colours: ['Black', 'White'] },
    { name: 'Silicone phone case', category: 'Phone accessories', price: 2499, sizes: PHONES, colours: ['Black', 'Navy', 'Sage', 'Clay', 'Lavender'] },
    { name: 'Leather phone case', category: 'Phone accessories', price: 4499, sizes: PHONES, colours: ['Tan', 'Black', 'Forest green'] },
    { name: 'Clear MagSafe case', category: 'Phone accessories', price: 2999, sizes: PHONES },
    { name: 'Tempered glass screen protector', category: 'Phone accessories', price: 1999, sizes: PHONES, maxQuantity: 2 },
    { name: 'Tablet folio case', category: 'Tablet accessories', price: 3999, sizes: ['iPad 10.9"', 'iPad Air 11"', 'iPad Pro 13"'], colours: ['Black', 'Navy', 'Sage', 'Pink'] },
    { name: 'Smartwatch Active', category: 'Wearables', price: [19999, 22999], sizes: ['41 mm', '45 mm'], colours: ['Black', 'Silver', 'Rose gold'], maxQuantity: 1 },
    { name: 'Fitness tracker', category: 'Wearables', price: 7999, colours: ['Black', 'Blue', 'Pink'], maxQuantity: 1 },
    { name: 'Smartwatch sport band', category: 'Wearables', price: 2999, sizes: ['41 mm', '45 mm'], colours: ['Black', 'Orange', 'Sage', 'Navy', 'White'] },
    { name: 'Portable SSD', category: 'Storage', price: [7999, 11999, 19999], sizes: ['500 GB', '1 TB', '2 TB'], maxQuantity: 1 },
    { name: 'microSD card', category: 'Storage', price: [1299, 1999, 3499, 5999], sizes: ['64 GB', '128 GB', '256 GB', '512 GB'], maxQuantity: 2 },
    { name: 'USB flash drive', category: 'Storage', price: [999, 1499, 2499], sizes: ['64 GB', '128 GB', '256 GB'], maxQuantity: 2 },
    { name: 'Wireless mouse', category: 'Computer accessories', price: 2999, colours: ['Graphite', 'Pale grey', 'Rose'] },
    { name: 'Mechanical keyboard', category: 'Computer accessories', price: 8999, sizes: ['US international', 'German', 'French'], colours: ['Graphite', 'White'], maxQuantity: 1 },
    { name: 'Laptop sleeve', category: 'Computer accessories', price: [2499, 2999, 3499], sizes: ['13"', '14"', '16"'], colours: ['Grey felt', 'Black', 'Navy'] },
    { name: 'Webcam 1080p', category: 'Computer accessories', price: 5999, maxQuantity: 1 },
    { name: 'E-reader 6"', category: 'Tablets & e-readers', price: 11999, colours: ['Black', 'Sage'], maxQuantity: 1 },
    { name: 'Action camera 4K', category: 'Cameras', price: 24999, maxQuantity: 1 },
    { name: 'Smart LED bulb E27', category: 'Smart home', price: [1499, 2499], sizes: ['Warm white', 'Colour'], maxQuantity: 4 },
    { name: 'Smart plug', category: 'Smart home', price: 1999, maxQuantity: 3 },
    { name: 'Video doorbell', category: 'Smart home', price: 9999, maxQuantity: 1 },
    { name: 'Indoor security camera', category: 'Smart home', price: 4999, maxQuantity: 2 },
    { name: 'HDMI 2.1 cable', category: 'Cables', price: [1299, 1599, 1999], sizes: ['1 m', '2 m', '3 m'] },
    { name: 'Desk lamp with wireless charger', category: 'Smart home', price: 5999, colours: ['Black', 'White'], maxQuantity: 1 },
  ],
  home: [
    { name: 'Stoneware mug 350 ml', category: 'Tableware', price: 799, colours: ['Sand', 'Sage', 'Charcoal', 'Ocean blue', 'Terracotta', 'White'], maxQuantity: 4 },
    { name: 'Stoneware dinner plate 27 cm', category: 'Tableware', price: 1299, colours: ['Sand', 'Sage', 'Charcoal', 'White'], maxQuantity: 6 },
    { name: 'Stoneware bowl 15 cm', category: 'Tableware', price: 999, colours: ['Sand', 'Sage', 'Charcoal', 'White'], maxQuantity: 6 },
    { name: 'Glass tumblers 300 ml, set of 4', category: 'Glassware', price: 1499, colours: ['Clear', 'Smoke', 'Amber'], maxQuantity: 2 },
    { name: 'Wine glasses 450 ml, set of 2', category: 'Glassware', price: 1999, maxQuantity: 3 },
    { name: 'Linen tea towel', category: 'Kitchen textiles', price: 999, colours: ['Natural', 'Blue stripe', 'Rust', 'Olive'], maxQuantity: 3 },
    { name: 'Cotton bath towel', category: 'Bath', price: [1199, 1999, 2999], sizes: ['50×100', '70×140', '100×150'], colours: ['White', 'Sage', 'Stone', 'Navy', 'Blush'], maxQuantity: 4 },
    { name: 'Bath mat', category: 'Bath', price: 1999, colours: ['White', 'Sage', 'Stone'] },
    { name: 'Percale duvet cover', category: 'Bedding', price: [5999, 7999, 8999], sizes: ['140×200', '200×200', '240×220'], colours: ['White', 'Stone', 'Sage'], maxQuantity: 1 },
    { name: 'Linen pillowcases 60×70, set of 2', category: 'Bedding', price: 2999, colours: ['White', 'Natural', 'Terracotta', 'Sage'], maxQuantity: 2 },
    { name: 'Fitted sheet', category: 'Bedding', price: [2499, 2999, 3499, 3999], sizes: ['90×200', '140×200', '160×200', '180×200'], colours: ['White', 'Stone'] },
    { name: 'Chunky knit throw 130×170', category: 'Living', price: 4999, colours: ['Oatmeal', 'Charcoal', 'Rust'], maxQuantity: 1 },
    { name: 'Cushion cover 45×45', category: 'Living', price: 1499, colours: ['Ochre', 'Sage', 'Navy', 'Ecru', 'Rust', 'Blush'], maxQuantity: 4 },
    { name: 'Scented candle 200 g', category: 'Fragrance', price: 1999, options: ['Fig & cedar', 'Amber & vanilla', 'Sea salt', 'Green tea', 'Winter spice'], maxQuantity: 3 },
    { name: 'Reed diffuser 100 ml', category: 'Fragrance', price: 2499, options: ['Fig & cedar', 'White tea', 'Lavender'] },
    { name: 'Ceramic vase', category: 'Decoration', price: [1999, 2999, 3999], sizes: ['S', 'M', 'L'], colours: ['White', 'Sand', 'Black'] },
    { name: 'Table lamp', category: 'Lighting', price: 4999, colours: ['Brass', 'Black', 'White'], maxQuantity: 1 },
    { name: 'Woven storage basket', category: 'Storage', price: [1499, 1999, 2499], sizes: ['S', 'M', 'L'], colours: ['Natural', 'Black'] },
    { name: 'Glass storage jars, set of 3', category: 'Storage', price: 1999 },
    { name: 'Cast iron casserole 24 cm', category: 'Cookware', price: 8999, colours: ['Cherry red', 'Matte black', 'Sage'], maxQuantity: 1 },
    { name: 'Non-stick frying pan', category: 'Cookware', price: [3499, 3999], sizes: ['24 cm', '28 cm'] },
    { name: 'Chef’s knife 20 cm', category: 'Cookware', price: 3999, once: true, maxQuantity: 1 },
    { name: 'Bamboo cutting board', category: 'Cookware', price: [1499, 2499], sizes: ['S', 'L'] },
    { name: 'Organic coffee beans 1 kg', category: 'Pantry', price: 1999, options: ['Espresso roast', 'Medium roast', 'Decaf'], reduced: true, once: true, maxQuantity: 2 },
    { name: 'Ground coffee 250 g', category: 'Pantry', price: 699, options: ['Espresso roast', 'Medium roast'], reduced: true, once: true, maxQuantity: 3 },
    { name: 'Loose-leaf tea 100 g', category: 'Pantry', price: 799, options: ['Earl grey', 'Sencha green', 'Rooibos', 'Chamomile', 'Peppermint', 'Chai'], reduced: true, once: true, maxQuantity: 3 },
    { name: 'Extra virgin olive oil 500 ml', category: 'Pantry', price: 1299, reduced: true, once: true, maxQuantity: 2 },
    { name: 'Dark chocolate 72% 100 g', category: 'Pantry', price: 349, options: ['Plain', 'Sea salt', 'Orange', 'Hazelnut'], reduced: true, once: true, maxQuantity: 5 },
    { name: 'Raw honey 250 g', category: 'Pantry', price: 899, options: ['Wildflower', 'Acacia'], reduced: true, once: true, maxQuantity: 2 },
    { name: 'Sea salt flakes 250 g', category: 'Pantry', price: 599, reduced: true, once: true, maxQuantity: 2 },
    { name: 'Cookbook', category: 'Books', price: 2999, options: ['Simple weekday suppers', 'The bread book', 'Green kitchen', 'Slow Sundays'], reduced: true, once: true, maxQuantity: 1 },
  ],
};

/** How later passes over a family's templates name their styles, once the first pass is used up. */
const PASSES: Record<Family, ReadonlyArray<{ prefix?: string; suffix?: string; sizes?: readonly string[]; women?: boolean }>> = {
  basics: [{}, { prefix: 'Women’s ', women: true }, { prefix: 'Kids’ ', sizes: KIDS }, { prefix: 'Essential ' }, { prefix: 'Studio ' }],
  seasonal: [{}, { prefix: 'Women’s ', women: true }, { prefix: 'Kids’ ', sizes: KIDS }, { prefix: 'Studio ' }, { prefix: 'Limited edition ' }],
  electronics: [{}, { suffix: ' (2nd gen)' }, { suffix: ' (3rd gen)' }, { suffix: ' Plus' }],
  home: [{}, { prefix: 'Terra ' }, { prefix: 'Fjord ' }, { prefix: 'Atelier ' }, { prefix: 'Coast ' }, { prefix: 'Linnea ' }],
};

const FAMILY_CODE: Record<Family, string> = { basics: 'BA', seasonal: 'SE', electronics: 'EL', home: 'HO' };

/** Gross margin on the tax-exclusive price: fashion marks up most, electronics least. */
const FAMILY_MARGIN: Record<Family, number> = { basics: 0.58, seasonal: 0.64, electronics: 0.27, home: 0.52 };
const FOOD_MARGIN = 0.36;

const SIZED_APPAREL = new Set([S_XXL, XS_XL, XS_XXL, WAIST, ['S', 'M', 'L', 'XL'], ['XS', 'S', 'M', 'L']].map((sizes) => sizes.join()));

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

function makeStyle(
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

/** A few seasonal bestsellers (at least two): far more wanted than the warehouses hold. */
function markHotSellers(random: Random, products: DemoProduct[]): void {
  const seasonal = products.filter((product) => product.family === 'seasonal' && product.maxQuantity === 1).sort((a, b) => b.weight - a.weight);
  const wanted = Math.max(2, Math.round(products.length / 250));
  for (const product of shuffled(random, seasonal.slice(0, Math.max(wanted, Math.ceil(seasonal.length / 8)))).slice(0, wanted)) {
    product.hot = true;
    product.weight *= 6;
  }
}

/**
 * The tax-exclusive price whose tax (rounded as orders round it) brings it exactly to a shelf price: the one
 * asked for (x.99), else x.95 or x.89 when rounding cannot reach it (12.99 cannot be net + 21 % of net).
 */
export function netPriceFor(shelfPrice: number, taxRate: number): { net: number; shelf: number } {
  for (const shelf of [shelfPrice, shelfPrice - 4, shelfPrice - 10, shelfPrice - 50]) {
    const estimate = Math.floor((shelf * 10_000) / (10_000 + taxRate));
    for (let net = estimate - 2; net <= estimate + 2; net++) if (net + applyRate(net, taxRate) === shelf) return { net, shelf };
  }
  throw new Error(`No net price gives a shelf price near ${shelfPrice} at ${taxRate / 100} %`);
}

function isApparel(template: Template): boolean {
  return template.sizes !== undefined && SIZED_APPAREL.has(template.sizes.join());
}

/** Whether a template has a version in a later pass: no women's dresses, no kids' boots, no second cookbook. */
function fitsPass(template: Template, naming: (typeof PASSES)[Family][number]): boolean {
  if (template.once) return false;
  if (naming.women && template.unisex) return false;
  return !naming.sizes || isApparel(template);
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function lowerFirst(name: string): string {
  return /^[A-Z][a-z]/.test(name) && !/^(Fair Isle|Chelsea) /.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** A short code for a variant value in the SKU: "Grey melange" → GRM, "M" → M, "1 TB" → 1TB, "iPhone 16 Pro" → IP16P. */
function code(value: string): string {
  const plain = value.normalize('NFKD').replace(/×/g, 'X').replace(/[^A-Za-z0-9 /]/g, '').trim();
  if (/^[0-9]/.test(plain) || plain.length <= 4) return plain.replace(/[ /]/g, '').toUpperCase();
  const words = plain.split(/[ /]+/).filter(Boolean);
  if (words.length === 1) return (words[0] as string).slice(0, 3).toUpperCase();
  return words.map((word, index) => (/[0-9]/.test(word) ? word : word.slice(0, index === 0 ? 2 : 1))).join('').toUpperCase();
}

/** Codes for a style's variant values, unique within the style ("Charcoal" CHA, then "Chalk" CHAL). */
function codes(values: readonly string[]): Map<string, string> {
  const taken = new Set<string>();
  const result = new Map<string, string>();
  for (const value of values) {
    if (value === '' || result.has(value)) continue;
    let candidate = code(value);
    const long = value.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toUpperCase();
    for (let length = candidate.length + 1; taken.has(candidate) && length <= long.length; length++) candidate = long.slice(0, length);
    for (let n = 2; taken.has(candidate); n++) candidate = `${code(value)}${n}`;
    taken.add(candidate);
    result.set(value, candidate);
  }
  return result;
}
