// Shelf prices ending in .99 with tax: the tax-exclusive price whose rounded tax reaches them.
import { applyRate } from '../../kernel/money.ts';

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
