// Rows written by the bulk loader: each table's rows are kept column by column in memory, then written in the
// order of the foreign keys, one transaction for all: on PGlite by one COPY per table from a Blob (PGlite's
// /dev/blob), elsewhere in large multi-row statements (INSERT … SELECT FROM unnest(…)).
import { CompiledQuery, type RawBuilder, sql } from 'kysely';
import type { Engine, Queryable } from '../../platform/db/database.ts';

type Value = string | number | boolean | null;

/** A table's columns and their PostgreSQL types (the unnest casts). */
export class BulkTable {
  readonly columns: string[];
  readonly types: string[];
  readonly data: Value[][];

  constructor(
    readonly name: string,
    spec: Array<[string, string]>,
  ) {
    this.columns = spec.map(([column]) => column);
    this.types = spec.map(([, type]) => type);
    this.data = spec.map(() => []);
  }

  get size(): number {
    return (this.data[0] as Value[]).length;
  }

  add(...values: Value[]): void {
    for (let i = 0; i < values.length; i++) (this.data[i] as Value[]).push(values[i] as Value);
  }

  async write(db: Queryable, engine: Engine, chunk = 25_000): Promise<void> {
    if (engine === 'pglite') await this.copy(db, chunk);
    else await this.insert(db, chunk);
  }

  /**
   * COPY parses rows and batches heap inserts; through a Blob the rows also skip the wire protocol's encoding
   * of a statement parameter. The Blob is built from chunks, never one string of the whole table.
   */
  private async copy(db: Queryable, chunk: number): Promise<void> {
    if (this.size === 0) return;
    const parts: string[] = [];
    for (let start = 0; start < this.size; start += chunk) parts.push(this.copyText(start, Math.min(this.size, start + chunk)));
    const columns = this.columns.map((column) => `"${column}"`).join(', ');
    await db.executeQuery(CompiledQuery.raw(`COPY "${this.name}" (${columns}) FROM '/dev/blob'`, [new Blob(parts)]));
  }

  /** Rows [start, end) in COPY's text format: tab-separated, \N for NULL, one line each. */
  private copyText(start: number, end: number): string {
    const lines = new Array<string>(end - start);
    const width = this.data.length;
    for (let row = start; row < end; row++) {
      let line = copyField((this.data[0] as Value[])[row] as Value);
      for (let i = 1; i < width; i++) line += `\t${copyField((this.data[i] as Value[])[row] as Value)}`;
      lines[row - start] = line;
    }
    return `${lines.join('\n')}\n`;
  }

  private async insert(db: Queryable, chunk: number): Promise<void> {
    for (let start = 0; start < this.size; start += chunk) {
      const end = Math.min(this.size, start + chunk);
      // Each column goes as one array literal built here: the driver's generic array serializer costs more than the insert.
      const arrays: RawBuilder<unknown>[] = this.data.map((column, i) => sql`${arrayLiteral(column, start, end)}::${sql.raw(`${this.types[i]}[]`)}`);
      await sql`INSERT INTO ${sql.table(this.name)} (${sql.join(this.columns.map((column) => sql.ref(column)))})
        SELECT * FROM unnest(${sql.join(arrays)})`.execute(db);
    }
  }
}

const NEEDS_ESCAPE = /["\\]/;
const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function copyField(value: Value): string {
  if (value === null) return '\\N';
  if (typeof value === 'string') return COPY_SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c] as string) : value;
  return String(value);
}

function element(value: Value): string {
  if (value === null) return 'NULL';
  if (typeof value === 'string') return NEEDS_ESCAPE.test(value) ? `"${value.replace(/(["\\])/g, '\\$1')}"` : `"${value}"`;
  return String(value);
}

/** A PostgreSQL array literal of column[start, end): {1,2,NULL} or {"a","b \\"c\\""}. */
function arrayLiteral(column: Value[], start: number, end: number): string {
  const parts = new Array<string>(end - start);
  for (let i = start; i < end; i++) parts[i - start] = element(column[i] as Value);
  return `{${parts.join(',')}}`;
}

/** Every table the year writes, declared in foreign-key order (a table only refers to those before it). */
export function yearTables() {
  const t = (name: string, spec: Array<[string, string]>) => new BulkTable(name, spec);
  return {
    vendor: t('vendor', [['id', 'uuid'], ['code', 'text'], ['name', 'text'], ['payment_terms_days', 'int4'], ['lead_time_days', 'int4'], ['contact_name', 'text'], ['contact_email', 'text'], ['active', 'bool'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz']]),
    supplier_product: t('supplier_product', [['vendor_id', 'uuid'], ['product_id', 'uuid'], ['vendor_sku', 'text'], ['unit_cost', 'int8'], ['min_order_quantity', 'int8'], ['order_multiple', 'int8'], ['lead_time_days', 'int4'], ['preferred', 'bool'], ['updated_at', 'timestamptz']]),
    reorder_rule: t('reorder_rule', [['id', 'uuid'], ['product_id', 'uuid'], ['location_id', 'uuid'], ['min_quantity', 'int8'], ['max_quantity', 'int8'], ['order_multiple', 'int8'], ['trigger', 'text'], ['source', 'text'], ['source_location_id', 'uuid'], ['lead_time_days', 'int4'], ['active', 'bool'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz']]),
    inventory_adjustment: t('inventory_adjustment', [['id', 'uuid'], ['number', 'text'], ['location_id', 'uuid'], ['reason', 'text'], ['actor_id', 'uuid'], ['created_at', 'timestamptz']]),
    inventory_adjustment_line: t('inventory_adjustment_line', [['adjustment_id', 'uuid'], ['line_no', 'int4'], ['product_id', 'uuid'], ['delta', 'int8'], ['value', 'int8']]),
    inventory_count: t('inventory_count', [['id', 'uuid'], ['number', 'text'], ['location_id', 'uuid'], ['actor_id', 'uuid'], ['counted_at', 'timestamptz']]),
    inventory_count_line: t('inventory_count_line', [['count_id', 'uuid'], ['line_no', 'int4'], ['product_id', 'uuid'], ['counted', 'int8'], ['on_hand_at_count', 'int8'], ['value', 'int8']]),
    reservation: t('reservation', [['id', 'uuid'], ['product_id', 'uuid'], ['location_id', 'uuid'], ['quantity', 'int8'], ['status', 'text'], ['source_type', 'text'], ['source_id', 'text'], ['created_at', 'timestamptz'], ['closed_at', 'timestamptz']]),
    transfer: t('transfer', [['id', 'uuid'], ['number', 'text'], ['from_location_id', 'uuid'], ['to_location_id', 'uuid'], ['status', 'text'], ['requested_by', 'uuid'], ['note', 'text'], ['created_at', 'timestamptz'], ['approved_at', 'timestamptz'], ['shipped_at', 'timestamptz'], ['received_at', 'timestamptz'], ['closed_at', 'timestamptz']]),
    transfer_line: t('transfer_line', [['transfer_id', 'uuid'], ['line_no', 'int4'], ['product_id', 'uuid'], ['quantity', 'int8'], ['reservation_id', 'uuid'], ['shipped_value', 'int8'], ['received', 'int8']]),
    sales_order: t('sales_order', [['id', 'uuid'], ['number', 'text'], ['channel', 'text'], ['fulfillment', 'text'], ['status', 'text'], ['location_id', 'uuid'], ['pickup_location_id', 'uuid'], ['customer_email', 'text'], ['customer_name', 'text'], ['subtotal', 'int8'], ['discount', 'int8'], ['tax', 'int8'], ['total', 'int8'], ['created_by', 'uuid'], ['placed_at', 'timestamptz'], ['completed_at', 'timestamptz'], ['cancelled_at', 'timestamptz']]),
    order_line: t('order_line', [['order_id', 'uuid'], ['line_no', 'int4'], ['product_id', 'uuid'], ['quantity', 'int8'], ['unit_price', 'int8'], ['discount', 'int8'], ['tax_rate', 'int4'], ['tax', 'int8'], ['cost', 'int8']]),
    order_allocation: t('order_allocation', [['id', 'uuid'], ['order_id', 'uuid'], ['line_no', 'int4'], ['location_id', 'uuid'], ['quantity', 'int8'], ['status', 'text'], ['reservation_id', 'uuid'], ['value', 'int8'], ['created_at', 'timestamptz'], ['fulfilled_at', 'timestamptz']]),
    order_payment: t('order_payment', [['id', 'uuid'], ['order_id', 'uuid'], ['kind', 'text'], ['method', 'text'], ['amount', 'int8'], ['location_id', 'uuid'], ['at', 'timestamptz']]),
    order_event: t('order_event', [['order_id', 'uuid'], ['at', 'timestamptz'], ['type', 'text'], ['detail', 'jsonb']]),
    return_document: t('return_document', [['id', 'uuid'], ['number', 'text'], ['order_id', 'uuid'], ['location_id', 'uuid'], ['refund_amount', 'int8'], ['refund_method', 'text'], ['actor_id', 'uuid'], ['created_at', 'timestamptz']]),
    return_line: t('return_line', [['return_id', 'uuid'], ['line_no', 'int4'], ['order_id', 'uuid'], ['order_line_no', 'int4'], ['product_id', 'uuid'], ['quantity', 'int8'], ['reason_code', 'text'], ['reason', 'text'], ['disposition', 'text'], ['net', 'int8'], ['tax', 'int8'], ['cost', 'int8']]),
    purchase_order: t('purchase_order', [['id', 'uuid'], ['number', 'text'], ['vendor_id', 'uuid'], ['location_id', 'uuid'], ['status', 'text'], ['origin', 'text'], ['total', 'int8'], ['note', 'text'], ['expected_at', 'timestamptz'], ['created_by', 'uuid'], ['created_at', 'timestamptz'], ['submitted_at', 'timestamptz'], ['approved_at', 'timestamptz'], ['sent_at', 'timestamptz'], ['received_at', 'timestamptz'], ['billed_at', 'timestamptz'], ['closed_at', 'timestamptz']]),
    purchase_order_line: t('purchase_order_line', [['purchase_order_id', 'uuid'], ['line_no', 'int4'], ['product_id', 'uuid'], ['quantity', 'int8'], ['unit_cost', 'int8'], ['lead_time_days', 'int4'], ['expected_at', 'timestamptz'], ['received', 'int8'], ['billed', 'int8'], ['first_received_at', 'timestamptz'], ['completed_at', 'timestamptz']]),
    receipt: t('receipt', [['id', 'uuid'], ['number', 'text'], ['purchase_order_id', 'uuid'], ['location_id', 'uuid'], ['value', 'int8'], ['received_by', 'uuid'], ['received_at', 'timestamptz']]),
    receipt_line: t('receipt_line', [['receipt_id', 'uuid'], ['line_no', 'int4'], ['po_line_no', 'int4'], ['product_id', 'uuid'], ['quantity', 'int8'], ['unit_cost', 'int8'], ['value', 'int8'], ['landed_cost', 'int8']]),
    vendor_bill: t('vendor_bill', [['id', 'uuid'], ['number', 'text'], ['vendor_id', 'uuid'], ['purchase_order_id', 'uuid'], ['reference', 'text'], ['status', 'text'], ['subtotal', 'int8'], ['tax', 'int8'], ['total', 'int8'], ['received_value', 'int8'], ['price_variance', 'int8'], ['due_at', 'timestamptz'], ['created_by', 'uuid'], ['created_at', 'timestamptz'], ['posted_at', 'timestamptz']]),
    vendor_bill_line: t('vendor_bill_line', [['bill_id', 'uuid'], ['line_no', 'int4'], ['po_line_no', 'int4'], ['product_id', 'uuid'], ['quantity', 'int8'], ['unit_cost', 'int8'], ['amount', 'int8'], ['ordered', 'int8'], ['received', 'int8'], ['billed_before', 'int8'], ['order_unit_cost', 'int8'], ['received_value', 'int8']]),
    vendor_bill_exception: t('vendor_bill_exception', [['bill_id', 'uuid'], ['line_no', 'int4'], ['kind', 'text'], ['expected', 'int8'], ['actual', 'int8'], ['status', 'text'], ['created_at', 'timestamptz']]),
    landed_cost: t('landed_cost', [['id', 'uuid'], ['number', 'text'], ['kind', 'text'], ['allocation', 'text'], ['amount', 'int8'], ['capitalized', 'int8'], ['expensed', 'int8'], ['vendor_id', 'uuid'], ['reference', 'text'], ['created_by', 'uuid'], ['created_at', 'timestamptz']]),
    landed_cost_line: t('landed_cost_line', [['landed_cost_id', 'uuid'], ['line_no', 'int4'], ['receipt_id', 'uuid'], ['receipt_line_no', 'int4'], ['product_id', 'uuid'], ['allocated', 'int8'], ['capitalized', 'int8'], ['expensed', 'int8']]),
    cash_session: t('cash_session', [['id', 'uuid'], ['number', 'text'], ['location_id', 'uuid'], ['status', 'text'], ['opening_float', 'int8'], ['opened_at', 'timestamptz'], ['opened_by', 'uuid'], ['closed_at', 'timestamptz'], ['closed_by', 'uuid'], ['expected', 'int8'], ['counted', 'int8'], ['difference', 'int8']]),
    stock_move: t('stock_move', [['product_id', 'uuid'], ['from_location_id', 'uuid'], ['to_location_id', 'uuid'], ['quantity', 'int8'], ['value', 'int8'], ['source_type', 'text'], ['source_id', 'text'], ['actor_id', 'uuid'], ['moved_at', 'timestamptz']]),
    stock_level: t('stock_level', [['product_id', 'uuid'], ['location_id', 'uuid'], ['on_hand', 'int8'], ['reserved', 'int8']]),
    product_valuation: t('product_valuation', [['product_id', 'uuid'], ['quantity', 'int8'], ['value', 'int8']]),
    journal_entry: t('journal_entry', [['id', 'uuid'], ['number', 'int8'], ['posted_at', 'timestamptz'], ['entry_date', 'date'], ['source_type', 'text'], ['source_id', 'text'], ['kind', 'text'], ['description', 'text'], ['channel', 'text'], ['location_id', 'uuid'], ['actor_id', 'uuid'], ['total', 'int8']]),
    journal_line: t('journal_line', [['entry_id', 'uuid'], ['line_no', 'int4'], ['account_id', 'int4'], ['debit', 'int8'], ['credit', 'int8'], ['posted_at', 'timestamptz'], ['product_id', 'uuid'], ['location_id', 'uuid']]),
  };
}

export type YearTables = ReturnType<typeof yearTables>;
