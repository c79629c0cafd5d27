// Facts the inventory module publishes, inside the transaction that made them true.
import type { DomainEvent } from '../../platform/events/event-bus.ts';

export interface SourceDocument {
  type: string;
  id: string;
}

export type StockMoved = DomainEvent<
  'inventory.stock_moved',
  { productId: string; fromLocationId: string; toLocationId: string; quantity: number; value: number; source: SourceDocument }
>;

/** Stock became available at warehouses or stores (one event per document): waiting backorders may now be allocated. */
export type StockArrived = DomainEvent<'inventory.stock_arrived', { arrivals: Array<{ productId: string; locationId: string; quantity: number }> }>;

export type AdjustmentPosted = DomainEvent<
  'inventory.adjustment_posted',
  { adjustmentId: string; locationId: string; reason: string; lines: Array<{ productId: string; delta: number; value: number }> }
>;

export type CountPosted = DomainEvent<
  'inventory.count_posted',
  /** `variance` is counted − on hand (signed); `value` what the difference was worth (unsigned). */
  { countId: string; number: string; locationId: string; lines: Array<{ productId: string; variance: number; value: number; counted: number; onHandAtCount: number }> }
>;

export type TransferRequested = DomainEvent<'inventory.transfer_requested', { transferId: string; fromLocationId: string; toLocationId: string }>;

export type TransferReserved = DomainEvent<'inventory.transfer_reserved', { transferId: string }>;

export type TransferShipped = DomainEvent<'inventory.transfer_shipped', { transferId: string; value: number }>;

/** A transfer arrived; `shortfall` lists units lost in transit, written off to inventory loss at `value`. */
export type TransferReceived = DomainEvent<
  'inventory.transfer_received',
  { transferId: string; number: string; fromLocationId: string; toLocationId: string; shortfall: Array<{ productId: string; quantity: number; value: number }> }
>;

export type InventoryEvent =
  | StockMoved
  | StockArrived
  | AdjustmentPosted
  | CountPosted
  | TransferRequested
  | TransferReserved
  | TransferShipped
  | TransferReceived;
