// Customer-side facts: order lines placed and filled (fill rate), one row per fulfilled order and the lines per
// lead time in seconds (lead time). A completed order writes all of them, with its sales, in one statement.
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { VIRTUAL_LOCATIONS } from '../../network/index.ts';
import { type SalesFactDelta, salesFactsUpsert } from './add-sales-facts.ts';

interface FillFact {
  day: string;
  locationId: string;
  channel: string;
  linesPlaced: number;
  linesFilled: number;
}

interface FulfilmentFact {
  orderId: string;
  day: string;
  locationId: string;
  channel: string;
  fulfillment: string;
  lines: number;
  seconds: number;
}

/** Orders the system sources (no till or pickup store) are filed under the customer virtual location. */
export function orderHome(locationId: string | null): string {
  return locationId ?? VIRTUAL_LOCATIONS.customer;
}

export async function addFillFact(ctx: Context, fact: FillFact): Promise<void> {
  await fillFactUpsert(fact).execute(ctx.tx);
}

/** Sales, lines filled and the fulfilment of a completed order; the lead-time row only if the order was not already recorded. */
export async function addCompletionFacts(ctx: Context, sales: readonly SalesFactDelta[], fill: FillFact, fact: FulfilmentFact): Promise<void> {
  const salesUpsert = salesFactsUpsert(sales);
  await sql`WITH ${salesUpsert ? sql`sales AS (${salesUpsert}),` : sql``} fill AS (${fillFactUpsert(fill)}),
    fulfilment AS (
      INSERT INTO fulfilment_fact (company_id, order_id, day, location_id, channel, fulfillment, lines, seconds)
      VALUES (1, ${fact.orderId}::uuid, ${fact.day}::date, ${fact.locationId}::uuid, ${fact.channel}, ${fact.fulfillment}, ${fact.lines}, ${fact.seconds})
      ON CONFLICT (company_id, order_id) DO NOTHING RETURNING day, location_id, channel, seconds, lines)
    INSERT INTO lead_time_fact (company_id, day, location_id, channel, seconds, lines)
    SELECT 1, day, location_id, channel, seconds, lines FROM fulfilment
    ON CONFLICT (company_id, day, location_id, channel, seconds) DO UPDATE SET lines = lead_time_fact.lines + excluded.lines`.execute(ctx.tx);
}

function fillFactUpsert(fact: FillFact) {
  return sql`INSERT INTO fill_fact (company_id, day, location_id, channel, lines_placed, lines_filled)
    VALUES (1, ${fact.day}::date, ${fact.locationId}::uuid, ${fact.channel}, ${fact.linesPlaced}, ${fact.linesFilled})
    ON CONFLICT (company_id, day, location_id, channel) DO UPDATE SET
      lines_placed = fill_fact.lines_placed + excluded.lines_placed, lines_filled = fill_fact.lines_filled + excluded.lines_filled`;
}
