// Reads returns: one by id or number (404 outside the actor's scope), or the returns of an order.
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { resolveDocument } from '../../../platform/db/document-number.ts';
import { newestDocumentFirst, olderThanDocument } from '../../../platform/db/document-order.ts';
import { decodeCursor, encodeCursor } from '../../../platform/http/cursor.ts';
import { assertMaySee } from '../../identity/index.ts';
import { loadReturn, type ReturnView } from './load-return.ts';

export async function getReturn(db: Queryable, actor: Actor, idOrNumber: string): Promise<ReturnView> {
  const { id } = await resolveDocument(db, 'RET', idOrNumber);
  const { locationId, ...view } = await loadReturn(db, id);
  assertMaySee(actor, [locationId], 'Return', idOrNumber);
  return view;
}

export async function listReturns(db: Queryable, actor: Actor, input: { order?: string; location?: string; limit: number; cursor?: string }) {
  // Scope is part of the query, not a filter after it, so every page is full and the cursor finds the rest.
  const after = decodeCursor(input.cursor);
  const rows = await sql<{ id: string; number: string }>`SELECT r.id, r.number FROM return_document r JOIN sales_order o ON o.id = r.order_id
      JOIN location l ON l.id = r.location_id
    WHERE true
      ${input.order ? sql`AND (o.id::text = ${input.order} OR o.number = ${input.order})` : sql``}
      ${input.location ? sql`AND l.code = ${input.location}` : sql``}
      ${actor.locationIds !== null ? sql`AND r.location_id = ANY(${actor.locationIds})` : sql``}
      ${olderThanDocument('r.number', after)}
    ORDER BY ${newestDocumentFirst('r.number')} LIMIT ${input.limit + 1}`.execute(db);
  const items: ReturnView[] = [];
  for (const row of rows.rows.slice(0, input.limit)) {
    const { locationId: _scope, ...view } = await loadReturn(db, row.id);
    items.push(view);
  }
  const last = items[items.length - 1];
  return { items, nextCursor: rows.rows.length > input.limit && last ? encodeCursor([last.number]) : null };
}
