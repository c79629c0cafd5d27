// The orders module's public surface: placing, fulfilling and cancelling orders from every channel.
export { cancelOrder } from './commands/cancel-order.ts';
export { fulfillOrder } from './commands/fulfill-order.ts';
export { placeOrder, type PlaceOrderInput } from './commands/place-order.ts';
export { recordOrderEvent } from './commands/record-order-event.ts';
export { orderLocationIds } from './commands/change-order.ts';
export { priceLine, sumTotals } from './domain/pricing.ts';
export { planSourcing } from './domain/sourcing.ts';
export type * from './events.ts';
export { loadOrder, type OrderLineRecord, type OrderRecord } from './queries/load-order.ts';
export { getOrder } from './queries/get-order.ts';
export { registerOrderRoutes } from './http/routes.ts';
export { subscribeOrders } from './subscribers.ts';
