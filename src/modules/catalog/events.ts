// Past-tense facts the catalog emits inside the writing transaction, for subscribers downstream.
import type { DomainEvent } from '../../platform/events/event-bus.ts';

export type ProductCreated = DomainEvent<'catalog.product_created', { productId: string; sku: string }>;

/** `before`/`after` hold only the changed fields, by API name; `taxRate` there is the own rate (null = company default). */
export type ProductChanged = DomainEvent<
  'catalog.product_changed',
  { productId: string; sku: string; fields: string[]; before: Record<string, unknown>; after: Record<string, unknown> }
>;

export type CatalogEvent = ProductCreated | ProductChanged;
