// The server's quote of a till basket, and whether a quote still prices the basket as it is now.
import type { paths } from '../../api/schema.d.ts';
import type { BasketLine } from './basket.ts';

export type TillQuote = paths['/api/v1/orders/quote']['post']['responses'][200]['content']['application/json'];

/** The quote when it prices the basket as it is now (same SKUs and quantities), else undefined: an older quote. */
export function quoteOfBasket(quote: TillQuote | undefined, lines: readonly BasketLine[]): TillQuote | undefined {
  if (!quote || quote.lines.length !== lines.length) return undefined;
  return lines.every((line) => quote.lines.some((priced) => priced.sku === line.sku && priced.quantity === line.quantity)) ? quote : undefined;
}
