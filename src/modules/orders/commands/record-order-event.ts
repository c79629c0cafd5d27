// Adds an entry to an order's timeline (placed, reserved, backordered, allocated, completed, returned, ...).
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';

export async function recordOrderEvent(ctx: Context, orderId: string, type: string, detail: Record<string, unknown> = {}): Promise<void> {
  await sql`INSERT INTO order_event (order_id, at, type, detail) VALUES (${orderId}, ${ctx.now}, ${type}, ${JSON.stringify(detail)}::jsonb)`.execute(ctx.tx);
}
