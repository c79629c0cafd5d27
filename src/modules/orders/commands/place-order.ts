// Places an order from any channel: a till sale (carry_out) leaves the store now and completes; a ship or
// pickup order reserves stock (sourced, or at the named location) and waits for fulfilment. Each line is taxed
// at the rate of the selling location's jurisdiction (the tax module's rule table), else the product's rate.
import { randomUUID } from 'node:crypto';
import { Forbidden, InvalidInput } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { type Product, resolveProducts } from '../../catalog/index.ts';
import { actorAllows, assertMayActAt, refusalMessage } from '../../identity/index.ts';
import { resolveStockLocation } from '../../inventory/index.ts';
import type { Location } from '../../network/index.ts';
import { resolveTaxRates } from '../../tax/index.ts';
import { type PricedLine, priceLine, sumTotals } from '../domain/pricing.ts';
import type { Channel, Fulfillment, Payment, PaymentMethod } from '../events.ts';
import type { OrderView } from '../queries/order-view.ts';
import { completeCarryOut } from './complete-carry-out.ts';
import { reserveForDelivery } from './reserve-for-delivery.ts';

export interface PlaceOrderInput {
  channel: Channel;
  location?: string;
  fulfillment: Fulfillment;
  pickupLocation?: string;
  customer?: { email: string; name?: string };
  lines: Array<{ sku: string; quantity: number; unitPrice?: number }>;
  tender?: PaymentMethod;
  allowSplit?: boolean;
  allowBackorder?: boolean;
}

export interface PricedOrderLine extends PricedLine {
  lineNo: number;
  product: Product;
  quantity: number;
  unitPrice: number;
  taxRate: number;
}

/** Everything about a new order known before it is written. */
export interface OrderDraft {
  id: string;
  input: PlaceOrderInput;
  location: Location | undefined;
  pickup: Location | undefined;
  lines: PricedOrderLine[];
  totals: ReturnType<typeof sumTotals>;
  payment: Payment;
}

export async function placeOrder(ctx: Context, input: PlaceOrderInput): Promise<OrderView> {
  const priced = await priceOrder(ctx, input);
  const draft: OrderDraft = { id: randomUUID(), input, ...priced };
  const order = input.fulfillment === 'carry_out' ? await completeCarryOut(ctx, draft) : await reserveForDelivery(ctx, draft);
  await ctx.audit({ action: 'order.placed', entity: 'order', entityId: order.id, after: order });
  return order;
}

/**
 * Everything placing the order would charge, computed exactly as placing it does and writing nothing: the till
 * quotes with it, so the totals it shows before paying are the ones the sale will book.
 */
export async function priceOrder(ctx: Context, input: PlaceOrderInput): Promise<Omit<OrderDraft, 'id' | 'input'>> {
  assertCoherent(input);
  const location = input.location ? await resolveStockLocation(ctx, input.location, '/location', { act: false }) : undefined;
  const pickup = input.pickupLocation ? await resolveStockLocation(ctx, input.pickupLocation, '/pickupLocation', { act: false }) : undefined;
  const actingAt = input.fulfillment === 'pickup' ? pickup : location;
  if (actingAt) assertMayActAt(ctx.actor, actingAt.id, actingAt.code);
  const products = await resolveProducts(ctx.tx, input.lines.map((line) => line.sku), (index) => `/lines/${index}/sku`);
  const taxRates = (await resolveTaxRates(ctx.tx, sellingLocation(input, location, pickup)?.id ?? null, [...products.values()])).rates;
  const lines = priceLines(ctx, input, products, taxRates);
  const totals = sumTotals(lines);
  if (!Number.isSafeInteger(totals.total)) throw new InvalidInput('The order total is too large', [{ path: '/lines', message: 'the order total is too large' }]);
  const payment: Payment = {
    method: input.tender ?? (input.channel === 'store' ? 'card' : 'online'),
    amount: totals.total,
    locationId: input.channel === 'store' ? ((location ?? pickup)?.id ?? null) : null,
  };
  return { location, pickup, lines, totals, payment };
}

function assertCoherent(input: PlaceOrderInput): void {
  const problems: Array<{ path: string; message: string }> = [];
  if (input.fulfillment === 'carry_out' && !input.location) problems.push({ path: '/location', message: 'a carry_out sale needs the store location' });
  if (input.fulfillment === 'carry_out' && input.channel !== 'store') problems.push({ path: '/channel', message: 'carry_out sales happen in a store' });
  if (input.fulfillment === 'pickup' && !input.pickupLocation) problems.push({ path: '/pickupLocation', message: 'a pickup order needs the pickup location' });
  if (input.tender === 'online' && input.fulfillment === 'carry_out') problems.push({ path: '/tender', message: 'a till sale is paid at the till' });
  if (problems.length > 0) throw new InvalidInput('The order is not coherent', problems);
}

/**
 * Where the sale happens for tax: the store of a till sale, the pickup store, the location a ship order was
 * explicitly sent from; none for a ship order the system sources (the products' own rates apply).
 */
function sellingLocation(input: PlaceOrderInput, location: Location | undefined, pickup: Location | undefined): Location | undefined {
  if (input.fulfillment === 'pickup') return pickup;
  return location;
}

/**
 * Catalogue prices are tax-exclusive (the API contract), so tax is added to the net even where the
 * jurisdiction's shelf prices include tax: that flag only matters to the tax module's shelf-price arithmetic.
 */
function priceLines(ctx: Context, input: PlaceOrderInput, products: Map<string, Product>, taxRates: ReadonlyMap<string, number>): PricedOrderLine[] {
  const mayOverride = actorAllows(ctx.actor, 'orders.override_price');
  return input.lines.map((line, index) => {
    const product = products.get(line.sku) as Product;
    const unitPrice = line.unitPrice ?? product.price;
    if (unitPrice !== product.price && !mayOverride) throw new Forbidden(`${refusalMessage(ctx.actor.role, 'orders.override_price')} The line of ${line.sku} asks for another price.`);
    // Money stays a safe integer up to the line total (tax is at most the net amount), else it is not money.
    if (!Number.isSafeInteger(2 * line.quantity * unitPrice)) {
      throw new InvalidInput('The line amount is too large', [{ path: `/lines/${index}/quantity`, message: 'quantity × unitPrice is too large' }]);
    }
    const taxRate = taxRates.get(product.id) ?? product.taxRate;
    const priced = priceLine({ quantity: line.quantity, unitPrice, discount: 0, taxRate });
    return { ...priced, lineNo: index + 1, product, quantity: line.quantity, unitPrice, taxRate };
  });
}
