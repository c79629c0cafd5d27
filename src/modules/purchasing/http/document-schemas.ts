// Request and response schemas of receipts, vendor bills and landed costs.
import { z } from 'zod';
import { documentParams, listQuery, money, naturalKey, quantity, uuid } from '../../../platform/http/schemas.ts';
import { lines } from './order-schemas.ts';
import { text } from './vendor-schemas.ts';

export const receiptBody = z.strictObject({
  purchaseOrder: naturalKey.describe('The purchase order, by id or number'),
  location: naturalKey.optional().describe('Where the goods arrived; must be the order’s location'),
  lines: lines(z.strictObject({ sku: naturalKey, quantity })),
});

const receiptLine = z.object({ sku: z.string(), quantity: z.number(), unitCost: z.number(), value: z.number(), landedCost: z.number() });
export const receiptSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  purchaseOrder: z.string(),
  vendor: z.string(),
  location: z.string(),
  value: z.number(),
  landedCost: z.number(),
  lines: z.array(receiptLine),
  receivedAt: z.string(),
});
export const postedReceiptSchema = receiptSchema.extend({ purchaseOrderStatus: z.string() });
export const receiptsQuery = listQuery.extend({ purchaseOrder: naturalKey.optional(), location: naturalKey.optional() });
export const receiptParams = documentParams('RCP');
export const billParams = documentParams('BILL');
export const landedCostParams = documentParams('LC');

export const billBody = z.strictObject({
  purchaseOrder: naturalKey,
  reference: text(64).describe('The vendor’s invoice number (unique per vendor)'),
  lines: lines(z.strictObject({ sku: naturalKey, quantity, unitCost: money })),
  tax: money.optional().describe('Recoverable input tax on the bill (default 0)'),
});

const BILL_STATUSES = ['posted', 'on_hold', 'rejected'] as const;
const exception = z.object({ sku: z.string(), kind: z.enum(['quantity', 'price']), expected: z.number(), actual: z.number(), status: z.string() });
export const billSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  vendor: z.string(),
  purchaseOrder: z.string(),
  reference: z.string(),
  status: z.enum(BILL_STATUSES),
  subtotal: z.number(),
  tax: z.number(),
  total: z.number(),
  receivedValue: z.number(),
  priceVariance: z.number(),
  dueAt: z.string(),
  lines: z.array(
    z.object({
      sku: z.string(),
      quantity: z.number(),
      unitCost: z.number(),
      amount: z.number(),
      ordered: z.number(),
      received: z.number(),
      billedBefore: z.number(),
      orderUnitCost: z.number(),
      receivedValue: z.number(),
    }),
  ),
  exceptions: z.array(exception),
  createdAt: z.string(),
  postedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});
export const billsQuery = listQuery.extend({ status: z.enum(BILL_STATUSES).optional(), vendor: naturalKey.optional(), purchaseOrder: naturalKey.optional() });
export const exceptionsQuery = listQuery.extend({ vendor: naturalKey.optional() });
export const exceptionItemSchema = exception.extend({ bill: z.string(), billId: z.uuid(), vendor: z.string(), purchaseOrder: z.string(), reference: z.string(), createdAt: z.string() });

export const landedCostBody = z.strictObject({
  receipts: z.array(naturalKey).min(1, 'must name at least one receipt').max(100).describe('Receipts by id or number'),
  amount: money.refine((amount) => amount > 0, 'must be greater than zero'),
  kind: z.enum(['freight', 'duty']),
  allocation: z.enum(['value', 'quantity']),
  vendor: naturalKey.optional().describe('Who charged it (a carrier or customs broker set up as a vendor)'),
  reference: text(64).optional(),
});
export const landedCostSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  kind: z.enum(['freight', 'duty']),
  allocation: z.enum(['value', 'quantity']),
  amount: z.number(),
  capitalized: z.number(),
  expensed: z.number(),
  vendor: z.string().nullable(),
  reference: z.string().nullable(),
  lines: z.array(z.object({ receipt: z.string(), sku: z.string(), allocated: z.number(), capitalized: z.number(), expensed: z.number() })),
  createdAt: z.string(),
});
export const landedCostsQuery = listQuery.extend({ receipt: uuid.optional() });
