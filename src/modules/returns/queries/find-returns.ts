// Reads returns: one by id (404 outside the actor's scope), or the returns of an order.
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { assertMaySee, maySee } from '../../identity/index.ts';
import { loadReturn, type ReturnView } from './load-return.ts';

export async function getReturn(db: Queryable, actor: Actor, id: string): Promise<ReturnView> {
  const { locationId, ...view } = await loadReturn(db, id);
  assertMaySee(actor, [locationId], 'Return', id);
  return view;
}

export async function listReturns(db: Queryable, actor: Actor, input: { order?: string; location?: string; limit: number }) {
  const rows = await sql<{ id: string }>`SELECT r.id FROM return_document r JOIN sales_order o ON o.id = r.order_id
      JOIN location l ON l.id = r.location_id
    WHERE true
      ${input.order ? sql`AND (o.id::text = ${input.order} OR o.number = ${input.order})` : sql``}
      ${input.location ? sql`AND l.code = ${input.location}` : sql``}
    ORDER BY r.created_at DESC, r.number DESC LIMIT ${input.limit}`.execute(db);
  const items: ReturnView[] = [];
  for (const row of rows.rows) {
    const { locationId, ...view } = await loadReturn(db, row.id);
    if (maySee(actor, [locationId])) items.push(view);
  }
  return { items, nextCursor: null };
}
