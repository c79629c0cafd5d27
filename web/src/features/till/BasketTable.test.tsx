// The basket shows the server's amounts as they are, even where they differ from price × quantity + tax computed
// here (a promotion, a rounding rule): the till never recomputes what the sale charges.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Money } from '../../app/useCompany.ts';
import { BasketTable } from './BasketTable.tsx';
import type { BasketLine } from './basket.ts';
import type { TillQuote } from './quote.ts';

const money: Money = { format: (minor) => `€${(minor / 100).toFixed(2)}`, toMinor: (typed) => Math.round(Number(typed) * 100) };
const lines: BasketLine[] = [
  { sku: 'TEE', name: 'Tee', quantity: 3 },
  { sku: 'MUG', name: 'Mug', quantity: 1 },
];
const quote: TillQuote = {
  channel: 'store',
  fulfillment: 'carry_out',
  location: 'S01',
  pickupLocation: null,
  lines: [
    { sku: 'TEE', name: 'Tee', quantity: 3, unitPrice: 1001, discount: 300, tax: 271, taxRate: 1000, total: 2974 },
    { sku: 'MUG', name: 'Mug', quantity: 1, unitPrice: 333, discount: 0, tax: 23, taxRate: 700, total: 356 },
  ],
  totals: { subtotal: 3336, discount: 300, tax: 294, total: 3330 },
};

const render = (basket: BasketLine[], withQuote: TillQuote | undefined) =>
  renderToStaticMarkup(<BasketTable lines={basket} quote={withQuote} money={money} onQuantity={() => {}} />);

describe('the basket table', () => {
  it('shows each line’s price, tax and amount and the totals from the quote', () => {
    const html = render(lines, quote);
    for (const shown of ['€10.01', '€2.71', '€29.74', '€3.33', '€0.23', '€3.56', '€2.94', '€33.30']) expect(html).toContain(shown);
    // 3 × 10.01 + 2.71 would be 32.74: the discount the server applied is not recomputed away.
    expect(html).not.toContain('€32.74');
  });

  it('does not show an earlier basket’s totals: a changed quantity waits for its quote', () => {
    const html = render([{ ...lines[0]!, quantity: 4 }, lines[1]!], quote);
    expect(html).not.toContain('€33.30');
    expect(html).not.toContain('€29.74');
    expect(html).toContain('€3.56');
    expect(html).toContain('…');
  });

  it('labels every quantity with its item, visibly', () => {
    const html = render(lines, undefined);
    expect(html).toMatch(/<label for="qty-TEE">Tee <span class="muted">TEE<\/span><\/label>/);
    expect(html).toContain('id="qty-TEE"');
    expect(html).toContain('aria-label="Remove Mug"');
  });
});
