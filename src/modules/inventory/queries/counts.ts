// Count history per location and inventory accuracy: 1 − Σ|counted − on-hand at count| ÷ Σ counted, in basis points.
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import { divideRounded } from '../../../kernel/money.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { decodeCursor, encodeCursor } from '../../../platform/http/cursor.ts';
import { newestDocumentFirst, olderThanDocument } from '../../../platform/db/document-order.ts';
import { signedValue } from '../domain/count-variance.ts';

export interface CountPeriod {
  location?: string;
  from?: Date;
  to?: Date;
}

const scope = (actor: Actor, input: CountPeriod) => sql`
  ${input.location !== undefined ? sql`AND l.code = ${input.location}` : sql``}
  ${input.from ? sql`AND c.counted_at >= ${input.from}` : sql``}
  ${input.to ? sql`AND c.counted_at <= ${input.to}` : sql``}
  ${actor.locationIds !== null ? sql`AND c.location_id = ANY(${actor.locationIds})` : sql``}`;

export async function listCounts(db: Queryable, actor: Actor, input: CountPeriod & { limit: number; cursor?: string }) {
  const after = decodeCursor(input.cursor);
  const counts = await sql<{ id: string; number: string; location: string; counted_at: Date }>`SELECT c.id, c.number, l.code AS location, c.counted_at
    FROM inventory_count c JOIN location l ON l.id = c.location_id
    WHERE true ${scope(actor, input)} ${olderThanDocument('c.number', after)}
    ORDER BY ${newestDocumentFirst('c.number')} LIMIT ${input.limit + 1}`.execute(db);
  const page = counts.rows.slice(0, input.limit);
  const lines = page.length
    ? await sql<{ count_id: string; sku: string; counted: number; on_hand_at_count: number; value: number }>`SELECT cl.count_id, p.sku,
        cl.counted, cl.on_hand_at_count, cl.value FROM inventory_count_line cl JOIN product p ON p.id = cl.product_id
        WHERE cl.count_id = ANY(${page.map((count) => count.id)}) ORDER BY cl.line_no`.execute(db)
    : { rows: [] };
  const items = page.map((count) => ({
    id: count.id,
    number: count.number,
    location: count.location,
    countedAt: new Date(count.counted_at).toISOString(),
    lines: lines.rows
      .filter((line) => line.count_id === count.id)
      .map((line) => {
        const variance = Number(line.counted) - Number(line.on_hand_at_count);
        return { sku: line.sku, counted: Number(line.counted), onHandAtCount: Number(line.on_hand_at_count), variance, value: signedValue(variance, Number(line.value)) };
      }),
  }));
  const last = items[items.length - 1];
  return { items, nextCursor: counts.rows.length > input.limit && last ? encodeCursor([last.number]) : null };
}

export async function inventoryAccuracy(db: Queryable, actor: Actor, input: CountPeriod) {
  const rows = await sql<{ location: string; counted: number; variance: number; lines: number }>`SELECT l.code AS location,
      sum(cl.counted)::int8 AS counted, sum(abs(cl.counted - cl.on_hand_at_count))::int8 AS variance, count(*)::int8 AS lines
    FROM inventory_count c JOIN inventory_count_line cl ON cl.count_id = c.id JOIN location l ON l.id = c.location_id
    WHERE true ${scope(actor, input)}
    GROUP BY l.code ORDER BY l.code`.execute(db);
  return {
    from: input.from?.toISOString() ?? null,
    to: input.to?.toISOString() ?? null,
    items: rows.rows.map((row) => {
      const counted = Number(row.counted);
      const variance = Number(row.variance);
      return { location: row.location, countedUnits: counted, absoluteVariance: variance, countLines: Number(row.lines), accuracyBasisPoints: accuracyBasisPoints(counted, variance) };
    }),
  };
}

/** 10 000 when every count matched; never below 0, even when the variance exceeds what was counted. */
function accuracyBasisPoints(counted: number, variance: number): number {
  if (counted === 0) return variance === 0 ? 10_000 : 0;
  return Math.max(0, divideRounded((counted - variance) * 10_000, counted));
}
