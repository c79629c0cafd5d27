// What till cash and payment settlements post. Opening a till session draws its float from the bank;
// closing it posts the counted difference to cash over and short and banks what was counted, so the till
// account holds exactly the cash in the drawer. A provider settlement moves captured card and online money
// out of clearing: the net to the bank, the fee to payment fees.
import { balanced, type Posting, signed } from './posting.ts';
import type { Purpose } from './account.ts';

export function postingForCashFloat(session: { sessionId: string; locationId: string; float: number }): Posting {
  const till = { purpose: 'cash_till' as const, locationId: session.locationId };
  return balanced({
    kind: 'cash_float',
    source: { type: 'cash_session', id: session.sessionId },
    description: `Float for till session ${session.sessionId}`,
    channel: null,
    locationId: session.locationId,
    lines: [signed(till, session.float, { locationId: session.locationId }), signed({ purpose: 'bank' }, -session.float)],
  });
}

export interface CashCount {
  sessionId: string;
  locationId: string;
  /** What the till account says is in the drawer. */
  expected: number;
  counted: number;
}

export function postingForCashCount(count: CashCount): Posting {
  const till = { purpose: 'cash_till' as const, locationId: count.locationId };
  const difference = count.counted - count.expected;
  const at = { locationId: count.locationId };
  return balanced({
    kind: 'cash_count',
    source: { type: 'cash_session', id: count.sessionId },
    description: `Count of till session ${count.sessionId}: ${difference === 0 ? 'exact' : difference > 0 ? `over by ${difference}` : `short by ${-difference}`}`,
    channel: null,
    locationId: count.locationId,
    lines: [
      signed(till, difference, at),
      signed({ purpose: 'cash_over_short' }, -difference, at),
      signed({ purpose: 'bank' }, count.counted),
      signed(till, -count.counted, at),
    ],
  });
}

export interface SettledRow {
  clearing: Extract<Purpose, 'card_clearing' | 'online_clearing'>;
  gross: number;
  fee: number;
  net: number;
}

/** One entry per import: each clearing account loses the gross it settled, the bank gets the net, fees are expensed. */
export function postingForSettlement(settlement: { importId: string; rows: readonly SettledRow[] }): Posting {
  const sum = (pick: (row: SettledRow) => number, rows = settlement.rows) => rows.reduce((total, row) => total + pick(row), 0);
  const clearings = (['card_clearing', 'online_clearing'] as const).map((purpose) => signed({ purpose }, -sum((row) => row.gross, settlement.rows.filter((row) => row.clearing === purpose))));
  return balanced({
    kind: 'settlement',
    source: { type: 'settlement', id: settlement.importId },
    description: `Payment provider settlement ${settlement.importId}`,
    channel: null,
    locationId: null,
    lines: [...clearings, signed({ purpose: 'payment_fees' }, sum((row) => row.fee)), signed({ purpose: 'bank' }, sum((row) => row.net))],
  });
}
