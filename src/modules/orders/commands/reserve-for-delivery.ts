// Reserves a ship or pickup order: at the pickup location, at the named shipping location, or wherever
// the sourcing strategy finds the stock among the locations that ship to customers.
import { sql } from 'kysely';
import { Conflict } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { listStockLocations, type Location } from '../../network/index.ts';
import type { PricedOrderLine } from './place-order.ts';
import { recordOrderEvent } from './record-order-event.ts';
import { reserveOrderLines } from './reserve-order-lines.ts';

export interface DeliveryOptions {
  fulfillment: 'ship' | 'pickup' | 'carry_out';
  location: Location | undefined;
  pickup: Location | undefined;
  allowSplit?: boolean;
  allowBackorder?: boolean;
}

export async function reserveForDelivery(ctx: Context, orderId: string, lines: readonly PricedOrderLine[], options: DeliveryOptions): Promise<void> {
  const fixed = options.fulfillment === 'pickup' ? options.pickup : options.location;
  if (options.fulfillment === 'pickup' && fixed && !fixed.pickupPoint) {
    throw new Conflict('location_not_eligible', `${fixed.code} is not a pickup point`, [{ path: '/pickupLocation', message: 'not a pickup point' }]);
  }
  if (options.fulfillment === 'ship' && fixed && !fixed.shipsToCustomers) {
    throw new Conflict('location_not_eligible', `${fixed.code} does not ship to customers`, [{ path: '/location', message: 'does not ship to customers' }]);
  }
  const candidates = fixed ? [fixed.id] : await shippingLocations(ctx);
  const backordered = await reserveOrderLines(
    ctx,
    lines.map((line) => ({ key: line.lineNo, productId: line.product.id, quantity: line.quantity, sku: line.product.sku })),
    {
      orderId,
      candidates,
      allowSplit: options.allowSplit ?? true,
      allowBackorder: options.allowBackorder ?? false,
      backorderLocationId: fixed?.id ?? null,
      locationLabel: fixed?.code ?? 'any location that ships to customers',
    },
  );
  if (backordered) await sql`UPDATE sales_order SET status = 'backordered' WHERE id = ${orderId}`.execute(ctx.tx);
  await recordOrderEvent(ctx, orderId, backordered ? 'backordered' : 'reserved');
}

/** Warehouses by priority first, then ship-from-store locations by priority. */
async function shippingLocations(ctx: Context): Promise<string[]> {
  const locations = (await listStockLocations(ctx.tx)).filter((location) => location.shipsToCustomers);
  const rank = (location: Location) => (location.kind === 'warehouse' ? 0 : 1);
  return locations.sort((a, b) => rank(a) - rank(b) || a.priority - b.priority || a.code.localeCompare(b.code)).map((location) => location.id);
}
