// On hand at a date from the read model: the current stock position minus the stock facts after that date, so a
// read costs the SKU-locations plus the days since the date, not the whole history. Only SKU-locations with facts
// on or before `through` count, as when on hand was the sum of every earlier day.
import { type RawBuilder, sql } from 'kysely';

/** Rows (product_id, location_id, units, value): on hand and its value at cost at the end of `day`, for SKU-locations with facts by `through`. */
export function onHandAtEndOf(day: RawBuilder<unknown>, through: string) {
  return sql`SELECT p.product_id, p.location_id, p.units - coalesce(sum(s.units_in - s.units_out), 0) AS units, p.value - coalesce(sum(s.value_in - s.value_out), 0) AS value
    FROM stock_position p LEFT JOIN stock_fact s ON s.company_id = 1 AND s.product_id = p.product_id AND s.location_id = p.location_id AND s.day > ${day}
    WHERE p.company_id = 1 AND p.first_day <= ${through}::date
    GROUP BY p.product_id, p.location_id, p.units, p.value`;
}
