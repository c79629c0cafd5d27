// The stock ledger checker: run after integration tests and simulations. Returns every violation found.
import { sql } from 'kysely';
import type { Queryable } from '../../src/platform/db/database.ts';

export async function checkLedger(db: Queryable): Promise<string[]> {
  const violations: string[] = [];
  const report = (rows: Array<Record<string, unknown>>, what: string) => {
    for (const row of rows.slice(0, 20)) violations.push(`${what}: ${JSON.stringify(row)}`);
  };

  const levelVersusMoves = await sql<Record<string, unknown>>`
    WITH moves AS (
      SELECT product_id, location_id, sum(delta)::int8 AS total FROM (
        SELECT product_id, to_location_id AS location_id, quantity AS delta FROM stock_move
        UNION ALL
        SELECT product_id, from_location_id, -quantity FROM stock_move) m
      GROUP BY product_id, location_id)
    SELECT coalesce(s.product_id, m.product_id) AS product_id, coalesce(s.location_id, m.location_id) AS location_id,
           s.on_hand, m.total
    FROM stock_level s FULL JOIN moves m ON m.product_id = s.product_id AND m.location_id = s.location_id
    JOIN location l ON l.id = coalesce(s.location_id, m.location_id)
    WHERE l.kind IN ('warehouse', 'store', 'transit') AND coalesce(s.on_hand, 0) <> coalesce(m.total, 0)`.execute(db);
  report(levelVersusMoves.rows, 'on-hand differs from the sum of moves');

  const nonZero = await sql<Record<string, unknown>>`SELECT product_id, sum(delta)::int8 AS total FROM (
      SELECT product_id, quantity AS delta FROM stock_move UNION ALL SELECT product_id, -quantity FROM stock_move) m
    GROUP BY product_id HAVING sum(delta) <> 0`.execute(db);
  report(nonZero.rows, 'moves of a product do not sum to zero');

  const reservedVersusReservations = await sql<Record<string, unknown>>`
    WITH active AS (SELECT product_id, location_id, sum(quantity)::int8 AS total FROM reservation WHERE status = 'active'
      GROUP BY product_id, location_id)
    SELECT coalesce(s.product_id, a.product_id) AS product_id, coalesce(s.location_id, a.location_id) AS location_id, s.reserved, a.total
    FROM stock_level s FULL JOIN active a ON a.product_id = s.product_id AND a.location_id = s.location_id
    WHERE coalesce(s.reserved, 0) <> coalesce(a.total, 0)`.execute(db);
  report(reservedVersusReservations.rows, 'reserved differs from active reservations');

  const bounds = await sql<Record<string, unknown>>`SELECT product_id, location_id, on_hand, reserved FROM stock_level
    WHERE reserved < 0 OR reserved > on_hand OR on_hand < 0`.execute(db);
  report(bounds.rows, 'level out of bounds');

  const valuation = await sql<Record<string, unknown>>`
    WITH held AS (SELECT s.product_id, sum(s.on_hand)::int8 AS quantity FROM stock_level s JOIN location l ON l.id = s.location_id
      WHERE l.kind IN ('warehouse', 'store', 'transit') GROUP BY s.product_id)
    SELECT coalesce(v.product_id, h.product_id) AS product_id, v.quantity AS valued, h.quantity AS held, v.value
    FROM product_valuation v FULL JOIN held h ON h.product_id = v.product_id
    WHERE coalesce(v.quantity, 0) <> coalesce(h.quantity, 0) OR (coalesce(v.quantity, 0) = 0 AND coalesce(v.value, 0) <> 0)`.execute(db);
  report(valuation.rows, 'valuation quantity differs from stock held');

  const allocations = await sql<Record<string, unknown>>`SELECT a.id, a.status, r.status AS reservation_status
    FROM order_allocation a LEFT JOIN reservation r ON r.id = a.reservation_id
    WHERE (a.status = 'reserved' AND (r.status IS DISTINCT FROM 'active'))
       OR (a.status = 'fulfilled' AND a.reservation_id IS NOT NULL AND r.status <> 'consumed')
       OR (a.status = 'released' AND a.reservation_id IS NOT NULL AND r.status <> 'released')`.execute(db);
  report(allocations.rows, 'order allocation disagrees with its reservation');

  const orphanReservations = await sql<Record<string, unknown>>`SELECT r.id, r.source_type, r.source_id FROM reservation r
    WHERE r.status = 'active' AND NOT EXISTS (SELECT 1 FROM order_allocation a WHERE a.reservation_id = r.id AND a.status = 'reserved')
      AND NOT EXISTS (SELECT 1 FROM transfer_line t JOIN transfer tr ON tr.id = t.transfer_id
        WHERE t.reservation_id = r.id AND tr.status = 'reserved')`.execute(db);
  report(orphanReservations.rows, 'active reservation without a reserved document');

  return violations;
}
