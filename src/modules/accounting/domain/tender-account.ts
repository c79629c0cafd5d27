// Which account customer money goes to or comes from: the store's till for cash, the clearing accounts
// for card and online captures, the store-credit account for credit redeemed or issued.
import type { AccountRef, Channel } from './posting.ts';

export type PaymentMethod = 'cash' | 'card' | 'store_credit' | 'online';

export interface Tender {
  method: PaymentMethod;
  amount: number;
  /** The store whose till took it (cash); null for online captures. */
  locationId: string | null;
}

export function tenderAccount(tender: Pick<Tender, 'method' | 'locationId'>): AccountRef {
  switch (tender.method) {
    case 'cash':
      return { purpose: 'cash_till', locationId: tender.locationId };
    case 'card':
      return { purpose: 'card_clearing' };
    case 'online':
      return { purpose: 'online_clearing' };
    case 'store_credit':
      return { purpose: 'store_credit' };
  }
}

export function revenueAccount(channel: Channel): AccountRef {
  return { purpose: channel === 'store' ? 'revenue_store' : channel === 'web' ? 'revenue_web' : 'revenue_marketplace' };
}
