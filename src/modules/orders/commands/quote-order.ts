// A quote: what an order would charge, line by line, before it is placed. It runs the placing path's pricing
// in a transaction that writes nothing, so a till shows the totals the sale will book, never its own arithmetic.
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { type PlaceOrderInput, priceOrder } from './place-order.ts';

export interface OrderQuote {
  channel: PlaceOrderInput['channel'];
  fulfillment: PlaceOrderInput['fulfillment'];
  location: string | null;
  pickupLocation: string | null;
  lines: Array<{ sku: string; name: string; quantity: number; unitPrice: number; discount: number; tax: number; taxRate: number; total: number }>;
  totals: { subtotal: number; discount: number; tax: number; total: number };
}

export async function quoteOrder(ctx: Context, input: PlaceOrderInput): Promise<OrderQuote> {
  const priced = await priceOrder(ctx, input);
  return {
    channel: input.channel,
    fulfillment: input.fulfillment,
    location: priced.location?.code ?? null,
    pickupLocation: priced.pickup?.code ?? null,
    lines: priced.lines.map((line) => ({
      sku: line.product.sku,
      name: line.product.name,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      discount: line.discount,
      tax: line.tax,
      taxRate: line.taxRate,
      total: line.total,
    })),
    totals: priced.totals,
  };
}
