// Stockout risk: units available now (on hand − reserved) below the expected demand over the lead time, where
// expected demand = average daily units sold over the last 28 days × lead time days (rounded up).

export const STOCKOUT_DEMAND_WINDOW_DAYS = 28;

export function expectedDemandOverLeadTime(soldInWindow: number, leadTimeDays: number, windowDays = STOCKOUT_DEMAND_WINDOW_DAYS): number {
  if (soldInWindow <= 0 || leadTimeDays <= 0) return 0;
  return Math.ceil((soldInWindow * leadTimeDays) / windowDays);
}

/** Units short of the expected demand (0 when there is no risk). */
export function stockoutShortfall(position: { onHand: number; reserved: number; demand: number }): number {
  const available = position.onHand - position.reserved;
  return position.demand > 0 && available < position.demand ? position.demand - available : 0;
}
