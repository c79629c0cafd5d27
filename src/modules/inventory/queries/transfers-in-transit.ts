// Transfers shipped before a given instant and not yet received, with what they carry at cost (the value that
// left the source for transit), for the daily overdue-transfer check.
import { sql } from 'kysely';
import type { Queryable } from '../../../platform/db/database.ts';
import { TRANSIT } from '../virtual-locations.ts';

export interface TransferInTransit {
  transferId: string;
  number: string;
  fromLocationId: string;
  toLocationId: string;
  shippedAt: Date;
  units: number;
  value: number;
}

export async function transfersInTransitSince(db: Queryable, shippedBefore: Date): Promise<TransferInTransit[]> {
  const rows = await sql<Record<string, unknown>>`SELECT t.id, t.number, t.from_location_id, t.to_location_id, t.shipped_at,
      coalesce(sum(m.quantity), 0)::int8 AS units, coalesce(sum(m.value), 0)::int8 AS value
    FROM transfer t LEFT JOIN stock_move m ON m.source_type = 'transfer' AND m.source_id = t.id::text AND m.to_location_id = ${TRANSIT.id}::uuid
    WHERE t.status = 'in_transit' AND t.shipped_at < ${shippedBefore}
    GROUP BY t.id ORDER BY t.number`.execute(db);
  return rows.rows.map((row) => ({
    transferId: row.id as string,
    number: row.number as string,
    fromLocationId: row.from_location_id as string,
    toLocationId: row.to_location_id as string,
    shippedAt: new Date(row.shipped_at as string),
    units: Number(row.units),
    value: Number(row.value),
  }));
}
