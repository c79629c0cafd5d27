// Loads a transfer with its lines, by id or number, optionally locking it for a state change.
import { sql } from 'kysely';
import { NotFound } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';

export type TransferStatus = 'requested' | 'reserved' | 'in_transit' | 'received' | 'rejected' | 'cancelled';

export interface TransferLineRecord {
  lineNo: number;
  productId: string;
  sku: string;
  quantity: number;
  reservationId: string | null;
  received: number | null;
}

export interface TransferRecord {
  id: string;
  number: string;
  fromLocationId: string;
  fromCode: string;
  fromKind: string;
  toLocationId: string;
  toCode: string;
  toKind: string;
  status: TransferStatus;
  note: string | null;
  createdAt: Date;
  approvedAt: Date | null;
  shippedAt: Date | null;
  receivedAt: Date | null;
  lines: TransferLineRecord[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loadTransfer(db: Queryable, idOrNumber: string, options: { forUpdate?: boolean } = {}): Promise<TransferRecord> {
  const byId = UUID.test(idOrNumber);
  const result = await sql<Record<string, unknown>>`SELECT t.*, f.code AS from_code, f.kind AS from_kind, d.code AS to_code, d.kind AS to_kind
    FROM transfer t JOIN location f ON f.id = t.from_location_id JOIN location d ON d.id = t.to_location_id
    WHERE ${byId ? sql`t.id = ${idOrNumber}` : sql`t.number = ${idOrNumber}`}
    ${options.forUpdate ? sql`FOR UPDATE OF t` : sql``}`.execute(db);
  const row = result.rows[0];
  if (!row) throw new NotFound('Transfer', idOrNumber);
  const lines = await sql<Record<string, unknown>>`SELECT l.*, p.sku FROM transfer_line l JOIN product p ON p.id = l.product_id
    WHERE l.transfer_id = ${row.id} ORDER BY l.line_no`.execute(db);
  return {
    id: row.id as string,
    number: row.number as string,
    fromLocationId: row.from_location_id as string,
    fromCode: row.from_code as string,
    fromKind: row.from_kind as string,
    toLocationId: row.to_location_id as string,
    toCode: row.to_code as string,
    toKind: row.to_kind as string,
    status: row.status as TransferStatus,
    note: (row.note as string | null) ?? null,
    createdAt: row.created_at as Date,
    approvedAt: (row.approved_at as Date | null) ?? null,
    shippedAt: (row.shipped_at as Date | null) ?? null,
    receivedAt: (row.received_at as Date | null) ?? null,
    lines: lines.rows.map((line) => ({
      lineNo: line.line_no as number,
      productId: line.product_id as string,
      sku: line.sku as string,
      quantity: Number(line.quantity),
      reservationId: (line.reservation_id as string | null) ?? null,
      received: line.received === null ? null : Number(line.received),
    })),
  };
}
