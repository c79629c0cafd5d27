// Lists transfers, newest first: per source location and status this is the approval inbox of requests.
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { decodeCursor, encodeCursor } from '../../../platform/http/cursor.ts';
import { loadTransfer, type TransferStatus } from './load-transfer.ts';
import { type TransferView, toTransferView } from './transfer-view.ts';
import { newestDocumentFirst, olderThanDocument } from '../../../platform/db/document-order.ts';

export interface ListTransfersInput {
  from?: string;
  to?: string;
  status?: TransferStatus;
  limit: number;
  cursor?: string;
}

export async function listTransfers(db: Queryable, actor: Actor, input: ListTransfersInput) {
  const after = decodeCursor(input.cursor);
  const rows = await sql<{ id: string; number: string }>`SELECT t.id, t.number FROM transfer t
    JOIN location f ON f.id = t.from_location_id JOIN location d ON d.id = t.to_location_id
    WHERE true
      ${input.from !== undefined ? sql`AND f.code = ${input.from}` : sql``}
      ${input.to !== undefined ? sql`AND d.code = ${input.to}` : sql``}
      ${input.status !== undefined ? sql`AND t.status = ${input.status}` : sql``}
      ${actor.locationIds !== null ? sql`AND (t.from_location_id = ANY(${actor.locationIds}) OR t.to_location_id = ANY(${actor.locationIds}))` : sql``}
      ${olderThanDocument('t.number', after)}
    ORDER BY ${newestDocumentFirst('t.number')}
    LIMIT ${input.limit + 1}`.execute(db);
  const items: TransferView[] = [];
  for (const row of rows.rows.slice(0, input.limit)) items.push(toTransferView(await loadTransfer(db, row.id)));
  const last = items[items.length - 1];
  return { items, nextCursor: rows.rows.length > input.limit && last ? encodeCursor([last.number]) : null };
}
