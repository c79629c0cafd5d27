// Reactions of the orders module to upstream events, inside the emitting transaction.
import type { EventBus } from '../../platform/events/event-bus.ts';
import type { StockArrived } from '../inventory/index.ts';
import { allocateBackorders } from './commands/allocate-backorders.ts';

export function subscribeOrders(bus: EventBus): void {
  bus.subscribe<StockArrived>('inventory.stock_arrived', (ctx, event) => allocateBackorders(ctx, event.payload.arrivals));
}
