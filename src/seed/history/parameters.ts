// The demand and stock parameters of the demo history (at volume 1), and the slots of its day.
import type { Family } from '../demo-catalogue.ts';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Demand and stock parameters (volume 1). */
export const TILL_SALES_PER_STORE_DAY = 1.1;
export const WEB_ORDERS_PER_DAY = 6.5;
export const MARKETPLACE_ORDERS_PER_DAY = 2.3;
export const CLICK_AND_COLLECT_PER_DAY = 2.3;

/** By getUTCDay(): Sunday first. Stores peak on Saturday, the web on Sunday and Monday evenings. */
export const STORE_WEEKDAY = [0.75, 0.7, 0.8, 0.9, 1.0, 1.2, 1.65];
export const WEB_WEEKDAY = [1.3, 1.25, 1.05, 1.0, 0.95, 0.8, 0.75];

/** The day's transactions: 06:00 warehouse run, 08:00 stores open, trading until 20:00, web until late. */
export const SLOTS = [6, 8, 9, 11, 13, 15, 17, 19, 21] as const;
export const TRADING_SLOTS = [9, 11, 13, 15, 17, 19] as const;
export const TILL_SLOT_SHARE = [0.1, 0.17, 0.2, 0.17, 0.23, 0.13];
export const WEB_SLOTS = [8, 9, 11, 13, 15, 17, 19, 21] as const;
export const WEB_SLOT_SHARE = [0.05, 0.08, 0.12, 0.12, 0.12, 0.13, 0.18, 0.2];
/** Click-and-collect orders come in while the stores are open (09:00–19:00): their share of the web's day. */
export const PICKUP_SLOT_SHARE = 0.75;

export const CHANNEL_FAMILY: Record<'store' | 'web' | 'marketplace', Record<Family, number>> = {
  store: { basics: 1.1, seasonal: 1.0, electronics: 0.6, home: 1.05 },
  web: { basics: 0.9, seasonal: 1.25, electronics: 1.1, home: 0.7 },
  marketplace: { basics: 0.4, seasonal: 0.5, electronics: 2.8, home: 1.0 },
};

/** Share of fulfilled orders returned, by the family of the returned line. */
export const RETURN_RATE: Record<Family, number> = { basics: 0.1, seasonal: 0.22, electronics: 0.06, home: 0.05 };
export const REASONS: Record<Family, ReadonlyArray<[string, number]>> = {
  basics: [['wrong_size', 45], ['changed_mind', 30], ['not_as_described', 15], ['damaged', 10]],
  seasonal: [['wrong_size', 50], ['changed_mind', 25], ['not_as_described', 15], ['damaged', 7], ['late_delivery', 3]],
  electronics: [['damaged', 35], ['not_as_described', 30], ['changed_mind', 30], ['late_delivery', 5]],
  home: [['damaged', 40], ['changed_mind', 50], ['not_as_described', 10]],
};

export const MAX_TRANSFER_LINES = 14;
export const MAX_REPLENISHED_STORES = 8;
export const BACKORDER_PATIENCE_DAYS = 9;
