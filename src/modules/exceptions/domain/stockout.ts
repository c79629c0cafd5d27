// Stockout risk: units available now (on hand − reserved) plus those inbound (open purchase order lines, transfers
// on their way) below the expected demand over the lead time, where expected demand = average daily units sold over
// the last 28 days × lead time days (rounded up). The exception says when the available units run out at that pace.

export const STOCKOUT_DEMAND_WINDOW_DAYS = 28;
const DAY_MS = 86_400_000;

export function expectedDemandOverLeadTime(soldInWindow: number, leadTimeDays: number, windowDays = STOCKOUT_DEMAND_WINDOW_DAYS): number {
  if (soldInWindow <= 0 || leadTimeDays <= 0) return 0;
  return Math.ceil((soldInWindow * leadTimeDays) / windowDays);
}

/** Units short of the expected demand once what is inbound arrives (0 when there is no risk). */
export function stockoutShortfall(position: { onHand: number; reserved: number; incoming: number; demand: number }): number {
  const covered = position.onHand - position.reserved + position.incoming;
  return position.demand > 0 && covered < position.demand ? position.demand - covered : 0;
}

/** The UTC day the available units run out selling at the window's daily average (today when none are left). */
export function runOutDay(now: Date, available: number, soldInWindow: number, windowDays = STOCKOUT_DEMAND_WINDOW_DAYS): string {
  const days = available <= 0 || soldInWindow <= 0 ? 0 : Math.floor((available * windowDays) / soldInWindow);
  return new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}
