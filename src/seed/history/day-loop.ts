// The simulated days: for each slot of each day, what is due from the agenda and the demand of that hour.
import { runAgenda, transaction } from './agenda.ts';
import { clickAndCollect } from './click-and-collect.ts';
import { storesOpen } from './counts-and-write-offs.ts';
import {
  CLICK_AND_COLLECT_PER_DAY,
  DAY,
  HOUR,
  MARKETPLACE_ORDERS_PER_DAY,
  PICKUP_SLOT_SHARE,
  SLOTS,
  STORE_WEEKDAY,
  TILL_SALES_PER_STORE_DAY,
  TILL_SLOT_SHARE,
  TRADING_SLOTS,
  WEB_ORDERS_PER_DAY,
  WEB_SLOT_SHARE,
  WEB_SLOTS,
  WEB_WEEKDAY,
} from './parameters.ts';
import type { HistoryState } from './state.ts';
import { tillSale } from './till-sales.ts';
import { warehouseRun } from './warehouse-run.ts';
import { shipOrder } from './web-orders.ts';

export async function runDays(s: HistoryState): Promise<void> {
  const { days, end } = s.options;
  const start = end.getTime() - days * DAY;
  const countDays = new Set([Math.floor(days * 0.38), Math.floor(days * 0.8)].map((day) => nextWeekday(start, day, 3, days)));
  for (let day = 0; day < days; day++) {
    s.day = day;
    const random = s.random.fork(`day ${day}`);
    const midnight = start + day * DAY;
    const weekday = new Date(midnight).getUTCDay();
    const trend = 1 + 0.25 * (day / Math.max(1, days - 1));
    const mood = random.logNormal(0.12);
    const storeDay = (STORE_WEEKDAY[weekday] as number) * trend * mood * s.options.volume;
    const webDay = (WEB_WEEKDAY[weekday] as number) * trend * mood * s.options.volume;
    for (const hour of SLOTS) {
      const at = midnight + hour * HOUR + random.int(0, 45) * 60_000 + random.int(0, 59) * 1000;
      await transaction(s, new Date(at), async (ctx) => {
        await runAgenda(s, ctx, day, hour);
        if (hour === 6) await warehouseRun(s, ctx, random, weekday);
        if (hour === 8) await storesOpen(s, ctx, random, weekday, countDays.has(day));
        const tillSlot = TRADING_SLOTS.indexOf(hour as (typeof TRADING_SLOTS)[number]);
        if (tillSlot >= 0) {
          for (const store of s.stores) {
            const sales = random.poisson(TILL_SALES_PER_STORE_DAY * store.size * storeDay * (TILL_SLOT_SHARE[tillSlot] as number));
            for (let i = 0; i < sales; i++) await tillSale(s, ctx, random, store);
          }
        }
        const webSlot = WEB_SLOTS.indexOf(hour as (typeof WEB_SLOTS)[number]);
        if (webSlot >= 0) {
          const share = WEB_SLOT_SHARE[webSlot] as number;
          const web = random.poisson(WEB_ORDERS_PER_DAY * webDay * share);
          const marketplace = random.poisson(MARKETPLACE_ORDERS_PER_DAY * webDay * share);
          const pickups = hour >= 9 && hour <= 19 ? random.poisson((CLICK_AND_COLLECT_PER_DAY * webDay * share) / PICKUP_SLOT_SHARE) : 0;
          for (let i = 0; i < web; i++) await shipOrder(s, ctx, random, 'web', hour);
          for (let i = 0; i < marketplace; i++) await shipOrder(s, ctx, random, 'marketplace', hour);
          for (let i = 0; i < pickups; i++) await clickAndCollect(s, ctx, random, hour);
        }
      });
    }
    s.options.onDay?.(day + 1);
  }
}

/** The first day on or after `day` that falls on the weekday (0 Sunday … 6 Saturday), a week earlier past the end. */
function nextWeekday(start: number, day: number, weekday: number, days: number): number {
  let candidate = day;
  while (new Date(start + candidate * DAY).getUTCDay() !== weekday) candidate += 1;
  return candidate >= days && candidate - 7 >= 0 ? candidate - 7 : candidate;
}
