// Stock at a date from the read model: the current stock position minus the stock facts after that date, so a
// read costs the SKU-locations plus the days since the date, not the whole history. Only SKU-locations with facts
// on or before `through` (the period's end) count, as when on hand was the sum of every earlier day.
import { type RawBuilder, sql } from 'kysely';

/** Rows (product_id, location_id, units, value): the current on hand and its value at cost. */
export function positions(through: string) {
  return sql`SELECT product_id, location_id, units, value FROM stock_position WHERE company_id = 1 AND first_day <= ${through}::date`;
}

/** The stock_fact rows on or after `since`, of the SKU-locations with facts by `through` (rows after `through` checked against the position). */
export function factsSince(since: RawBuilder<unknown>, through: string) {
  return sql`SELECT * FROM stock_fact WHERE company_id = 1 AND day >= ${since} AND day <= ${through}::date
    UNION ALL
    SELECT s.* FROM stock_fact s JOIN stock_position p ON p.company_id = 1 AND p.product_id = s.product_id AND p.location_id = s.location_id
    WHERE s.company_id = 1 AND s.day >= ${since} AND s.day > ${through}::date AND p.first_day <= ${through}::date`;
}

/** Rows (product_id, location_id, units, value): on hand and its value at cost at the end of `to`, per SKU-location with facts by then. */
export function onHandAtEndOf(to: string) {
  return sql`SELECT p.product_id, p.location_id, p.units - coalesce(a.units, 0) AS units, p.value - coalesce(a.value, 0) AS value
    FROM (${positions(to)}) p LEFT JOIN (
      SELECT product_id, location_id, sum(units_in - units_out) AS units, sum(value_in - value_out) AS value
      FROM stock_fact WHERE company_id = 1 AND day > ${to}::date GROUP BY product_id, location_id) a
    ON a.product_id = p.product_id AND a.location_id = p.location_id`;
}
