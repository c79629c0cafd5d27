// Customer-side facts: order lines placed and filled (fill rate), and one row per fulfilled order (lead time).
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { VIRTUAL_LOCATIONS } from '../../network/index.ts';

/** Orders the system sources (no till or pickup store) are filed under the customer virtual location. */
export function orderHome(locationId: string | null): string {
  return locationId ?? VIRTUAL_LOCATIONS.customer;
}

export async function addFillFact(ctx: Context, fact: { day: string; locationId: string; channel: string; linesPlaced: number; linesFilled: number }): Promise<void> {
  await sql`INSERT INTO fill_fact (company_id, day, location_id, channel, lines_placed, lines_filled)
    VALUES (1, ${fact.day}::date, ${fact.locationId}::uuid, ${fact.channel}, ${fact.linesPlaced}, ${fact.linesFilled})
    ON CONFLICT (company_id, day, location_id, channel) DO UPDATE SET
      lines_placed = fill_fact.lines_placed + excluded.lines_placed, lines_filled = fill_fact.lines_filled + excluded.lines_filled`.execute(ctx.tx);
}

export async function addFulfilmentFact(
  ctx: Context,
  fact: { orderId: string; day: string; locationId: string; channel: string; fulfillment: string; lines: number; seconds: number },
): Promise<void> {
  await sql`INSERT INTO fulfilment_fact (company_id, order_id, day, location_id, channel, fulfillment, lines, seconds)
    VALUES (1, ${fact.orderId}::uuid, ${fact.day}::date, ${fact.locationId}::uuid, ${fact.channel}, ${fact.fulfillment}, ${fact.lines}, ${fact.seconds})
    ON CONFLICT (company_id, order_id) DO NOTHING`.execute(ctx.tx);
}
