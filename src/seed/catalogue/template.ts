// What a catalogue template is, the templates per family, and how later passes over them name their styles.
import { BASICS, SEASONAL } from './apparel-templates.ts';
import type { Family } from './families.ts';
import { ELECTRONICS, HOME } from './goods-templates.ts';
import { isApparel, KIDS } from './sizes.ts';

export interface Template {
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

export const TEMPLATES: Record<Family, readonly Template[]> = { basics: BASICS, seasonal: SEASONAL, electronics: ELECTRONICS, home: HOME };

/** How later passes over a family's templates name their styles, once the first pass is used up. */
export const PASSES: Record<Family, ReadonlyArray<{ prefix?: string; suffix?: string; sizes?: readonly string[]; women?: boolean }>> = {
  basics: [{}, { prefix: 'Women’s ', women: true }, { prefix: 'Kids’ ', sizes: KIDS }, { prefix: 'Essential ' }, { prefix: 'Studio ' }],
  seasonal: [{}, { prefix: 'Women’s ', women: true }, { prefix: 'Kids’ ', sizes: KIDS }, { prefix: 'Studio ' }, { prefix: 'Limited edition ' }],
  electronics: [{}, { suffix: ' (2nd gen)' }, { suffix: ' (3rd gen)' }, { suffix: ' Plus' }],
  home: [{}, { prefix: 'Terra ' }, { prefix: 'Fjord ' }, { prefix: 'Atelier ' }, { prefix: 'Coast ' }, { prefix: 'Linnea ' }],
};

/** Whether a template has a version in a later pass: no women's dresses, no kids' boots, no second cookbook. */
export function fitsPass(template: Template, naming: (typeof PASSES)[Family][number]): boolean {
  if (template.once) return false;
  if (naming.women && template.unisex) return false;
  return !naming.sizes || isApparel(template);
}
