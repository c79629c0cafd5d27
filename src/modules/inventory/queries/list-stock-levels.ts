// Stock levels per product and location (available = on-hand − reserved), limited to the actor's locations.
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { decodeCursor, encodeCursor } from '../../../platform/http/cursor.ts';
import { assertMaySee } from '../../identity/index.ts';
import { getLocation } from '../../network/index.ts';

export interface StockLevelView {
  sku: string;
  location: string;
  onHand: number;
  reserved: number;
  available: number;
}

export interface ListStockLevelsInput {
  sku?: string;
  location?: string;
  limit: number;
  cursor?: string;
}

interface LevelRow {
  sku: string;
  location: string;
  on_hand: number;
  reserved: number;
}

export async function listStockLevels(db: Queryable, actor: Actor, input: ListStockLevelsInput) {
  // A named location outside the caller's scope (or unknown) is 404, not an empty list that looks like no stock.
  if (input.location !== undefined) assertMaySee(actor, [(await getLocation(db, input.location)).id], 'Location', input.location);
  const after = decodeCursor(input.cursor);
  const rows = await sql<LevelRow>`SELECT p.sku, l.code AS location, s.on_hand, s.reserved
    FROM stock_level s JOIN product p ON p.id = s.product_id JOIN location l ON l.id = s.location_id
    WHERE l.kind IN ('warehouse', 'store')
      ${input.sku !== undefined ? sql`AND p.sku = ${input.sku}` : sql``}
      ${input.location !== undefined ? sql`AND l.code = ${input.location}` : sql``}
      ${actor.locationIds !== null ? sql`AND s.location_id = ANY(${actor.locationIds})` : sql``}
      ${after ? sql`AND (p.sku, l.code) > (${String(after[0])}, ${String(after[1])})` : sql``}
    ORDER BY p.sku, l.code
    LIMIT ${input.limit + 1}`.execute(db);
  const items: StockLevelView[] = rows.rows.slice(0, input.limit).map((row) => ({
    sku: row.sku,
    location: row.location,
    onHand: Number(row.on_hand),
    reserved: Number(row.reserved),
    available: Number(row.on_hand) - Number(row.reserved),
  }));
  const last = items[items.length - 1];
  return { items, nextCursor: rows.rows.length > input.limit && last ? encodeCursor([last.sku, last.location]) : null };
}
