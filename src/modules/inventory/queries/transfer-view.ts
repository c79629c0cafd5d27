// The transfer as the API shows it.
import type { TransferRecord, TransferStatus } from './load-transfer.ts';

export interface TransferView {
  id: string;
  number: string;
  from: string;
  to: string;
  status: TransferStatus;
  note: string | null;
  lines: Array<{ sku: string; quantity: number; received: number | null }>;
  discrepancies: Array<{ sku: string; quantity: number }>;
  createdAt: string;
  approvedAt: string | null;
  shippedAt: string | null;
  receivedAt: string | null;
}

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

export function toTransferView(transfer: TransferRecord): TransferView {
  return {
    id: transfer.id,
    number: transfer.number,
    from: transfer.fromCode,
    to: transfer.toCode,
    status: transfer.status,
    note: transfer.note,
    lines: transfer.lines.map((line) => ({ sku: line.sku, quantity: line.quantity, received: line.received })),
    discrepancies: transfer.lines
      .filter((line) => line.received !== null && line.received < line.quantity)
      .map((line) => ({ sku: line.sku, quantity: line.quantity - (line.received ?? 0) })),
    createdAt: iso(transfer.createdAt) as string,
    approvedAt: iso(transfer.approvedAt),
    shippedAt: iso(transfer.shippedAt),
    receivedAt: iso(transfer.receivedAt),
  };
}
