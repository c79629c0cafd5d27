// Facts the purchasing module publishes inside the transaction that made them true. The three *_posted events
// carry everything accounting needs to post (see docs/purchasing.md for the journal lines each one implies).
import type { DomainEvent } from '../../platform/events/event-bus.ts';

/** Goods arrived from a vendor at the order's unit cost: Dr inventory `value`, Cr goods received not invoiced. */
export type ReceiptPosted = DomainEvent<
  'purchasing.receipt_posted',
  {
    receiptId: string;
    purchaseOrderId: string;
    vendorId: string;
    locationId: string;
    value: number;
    lines: Array<{ productId: string; quantity: number; value: number; lineNo: number }>;
  }
>;

/**
 * A vendor bill passed the three-way match (or its exceptions were accepted): Dr goods received not invoiced
 * `receivedValue`, Dr purchase price variance `priceVariance` (Cr when negative), Dr recoverable tax `tax`,
 * Cr accounts payable `total` (= receivedValue + priceVariance + tax).
 */
export type BillPosted = DomainEvent<
  'purchasing.bill_posted',
  {
    billId: string;
    purchaseOrderId: string;
    vendorId: string;
    locationId: string;
    subtotal: number;
    tax: number;
    total: number;
    receivedValue: number;
    priceVariance: number;
  }
>;

/**
 * Freight or duty allocated to receipts: Dr inventory `capitalized` (added to the average cost of the goods
 * still held), Dr cost of goods sold `expensed` (the share of goods already gone), Cr landed cost clearing `amount`.
 */
export type LandedCostPosted = DomainEvent<
  'purchasing.landed_cost_posted',
  {
    landedCostId: string;
    kind: 'freight' | 'duty';
    vendorId: string | null;
    amount: number;
    capitalized: number;
    expensed: number;
    lines: Array<{ productId: string; capitalized: number; expensed: number }>;
  }
>;

/**
 * A vendor bill failed the three-way match and is on hold until someone approves or rejects it. `amountInDispute`
 * is what the mismatched lines bill beyond their received units at the order's price.
 */
export type BillHeld = DomainEvent<
  'purchasing.bill_held',
  {
    billId: string;
    number: string;
    purchaseOrderId: string;
    purchaseOrderNumber: string;
    vendorId: string;
    vendorCode: string;
    locationId: string;
    total: number;
    amountInDispute: number;
    mismatches: Array<{ sku: string; kind: 'quantity' | 'price'; expected: number; actual: number }>;
  }
>;

export type PurchaseOrderApproved = DomainEvent<'purchasing.purchase_order_approved', { purchaseOrderId: string; automatically: boolean }>;

/** Sent to the vendor: each line's promised date (`expectedAt`, ISO) is the order date plus its lead time. */
export type PurchaseOrderSent = DomainEvent<
  'purchasing.purchase_order_sent',
  {
    purchaseOrderId: string;
    vendorId: string;
    expectedAt: string;
    locationId: string;
    sentAt: string;
    lines: Array<{ lineNo: number; productId: string; quantity: number; expectedAt: string }>;
  }
>;

export type ReplenishmentRunCompleted = DomainEvent<
  'purchasing.replenishment_run_completed',
  { runId: string; proposalsCreated: number; purchaseOrdersDrafted: number; transfersDrafted: number }
>;

export type PurchasingEvent = ReceiptPosted | BillPosted | BillHeld | LandedCostPosted | PurchaseOrderApproved | PurchaseOrderSent | ReplenishmentRunCompleted;
