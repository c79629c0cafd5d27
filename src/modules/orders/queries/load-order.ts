// Loads an order with its lines, allocations and payments, by id or number, optionally locking it.
import { sql } from 'kysely';
import { NotFound } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import type { Channel, Fulfillment, PaymentMethod } from '../events.ts';

export type OrderStatus = 'reserved' | 'backordered' | 'completed' | 'cancelled';

export interface OrderLineRecord {
  lineNo: number;
  productId: string;
  sku: string;
  family: string | null;
  quantity: number;
  unitPrice: number;
  discount: number;
  taxRate: number;
  tax: number;
  cost: number | null;
}

export interface AllocationRecord {
  id: string;
  lineNo: number;
  locationId: string | null;
  locationCode: string | null;
  locationKind: string | null;
  quantity: number;
  status: 'reserved' | 'backordered' | 'fulfilled' | 'released';
  reservationId: string | null;
  value: number | null;
}

export interface OrderRecord {
  id: string;
  number: string;
  channel: Channel;
  fulfillment: Fulfillment;
  status: OrderStatus;
  locationId: string | null;
  locationCode: string | null;
  pickupLocationId: string | null;
  pickupLocationCode: string | null;
  customer: { email: string; name: string | null } | null;
  createdBy: string;
  subtotal: number;
  discount: number;
  tax: number;
  total: number;
  placedAt: Date;
  completedAt: Date | null;
  cancelledAt: Date | null;
  payment: { method: PaymentMethod; amount: number; locationId: string | null };
  lines: OrderLineRecord[];
  allocations: AllocationRecord[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loadOrder(db: Queryable, idOrNumber: string, options: { forUpdate?: boolean } = {}): Promise<OrderRecord> {
  const where = UUID.test(idOrNumber) ? sql`o.id = ${idOrNumber}` : sql`o.number = ${idOrNumber}`;
  const found = await sql<Record<string, any>>`SELECT o.*, l.code AS location_code, p.code AS pickup_code
    FROM sales_order o LEFT JOIN location l ON l.id = o.location_id LEFT JOIN location p ON p.id = o.pickup_location_id
    WHERE ${where} ${options.forUpdate ? sql`FOR UPDATE OF o` : sql``}`.execute(db);
  const order = found.rows[0];
  if (!order) throw new NotFound('Order', idOrNumber);
  // Sequential on purpose: inside a transaction all three share one connection.
  const lines = await sql<Record<string, any>>`SELECT ol.*, p.sku, p.family FROM order_line ol JOIN product p ON p.id = ol.product_id
    WHERE ol.order_id = ${order.id} ORDER BY ol.line_no`.execute(db);
  const allocations = await sql<Record<string, any>>`SELECT a.*, l.code AS location_code, l.kind AS location_kind FROM order_allocation a
    LEFT JOIN location l ON l.id = a.location_id WHERE a.order_id = ${order.id} ORDER BY a.line_no, a.created_at, a.id`.execute(db);
  const payments = await sql<Record<string, any>>`SELECT * FROM order_payment WHERE order_id = ${order.id} AND kind = 'payment'
    ORDER BY at LIMIT 1`.execute(db);
  const payment = payments.rows[0];
  return {
    id: order.id,
    number: order.number,
    channel: order.channel,
    fulfillment: order.fulfillment,
    status: order.status,
    locationId: order.location_id,
    locationCode: order.location_code,
    pickupLocationId: order.pickup_location_id,
    pickupLocationCode: order.pickup_code,
    customer: order.customer_email ? { email: order.customer_email, name: order.customer_name } : null,
    createdBy: order.created_by,
    subtotal: Number(order.subtotal),
    discount: Number(order.discount),
    tax: Number(order.tax),
    total: Number(order.total),
    placedAt: order.placed_at,
    completedAt: order.completed_at,
    cancelledAt: order.cancelled_at,
    payment: { method: payment?.method ?? 'online', amount: Number(payment?.amount ?? 0), locationId: payment?.location_id ?? null },
    lines: lines.rows.map((line) => ({
      lineNo: line.line_no,
      productId: line.product_id,
      sku: line.sku,
      family: line.family,
      quantity: Number(line.quantity),
      unitPrice: Number(line.unit_price),
      discount: Number(line.discount),
      taxRate: line.tax_rate,
      tax: Number(line.tax),
      cost: line.cost === null ? null : Number(line.cost),
    })),
    allocations: allocations.rows.map((allocation) => ({
      id: allocation.id,
      lineNo: allocation.line_no,
      locationId: allocation.location_id,
      locationCode: allocation.location_code,
      locationKind: allocation.location_kind,
      quantity: Number(allocation.quantity),
      status: allocation.status,
      reservationId: allocation.reservation_id,
      value: allocation.value === null ? null : Number(allocation.value),
    })),
  };
}
