// The exceptions module's reactions to upstream events, inside the emitting transaction: an exception caused by
// a write commits with it (and is visible once that write has returned). Accounting is imported by nobody, so the
// settlement event's shape is declared here.
import type { EventBus } from '../../platform/events/event-bus.ts';
import type { CountPosted, TransferReceived } from '../inventory/index.ts';
import type { OrderCompleted } from '../orders/index.ts';
import type { BillHeld } from '../purchasing/index.ts';
import { raiseBillMismatch, raiseNegativeMargin, raiseStockDiscrepancies, raiseUnmatchedSettlement } from './commands/raise-from-writes.ts';

type SettlementLinesUnmatched = {
  type: 'accounting.settlement_lines_unmatched';
  payload: { importId: string; number: string; lines: Array<{ rowNo: number; reference: string; gross: number | null; reason: string }> };
};

export function subscribeExceptions(bus: EventBus): void {
  bus.subscribe<CountPosted>('inventory.count_posted', (ctx, { payload }) =>
    raiseStockDiscrepancies(ctx, {
      locationId: payload.locationId,
      document: `Count ${payload.number}`,
      differences: payload.lines.map((line) => ({ productId: line.productId, units: line.variance, value: Math.sign(line.variance) * line.value })),
    }),
  );
  bus.subscribe<TransferReceived>('inventory.transfer_received', (ctx, { payload }) =>
    raiseStockDiscrepancies(ctx, {
      locationId: payload.toLocationId,
      document: `Transfer ${payload.number} received`,
      differences: payload.shortfall.map((line) => ({ productId: line.productId, units: -line.quantity, value: -line.value })),
    }),
  );
  bus.subscribe<BillHeld>('purchasing.bill_held', (ctx, { payload }) => raiseBillMismatch(ctx, payload));
  bus.subscribe<SettlementLinesUnmatched>('accounting.settlement_lines_unmatched', (ctx, { payload }) => raiseUnmatchedSettlement(ctx, payload));
  bus.subscribe<OrderCompleted>('orders.order_completed', (ctx, { payload }) => raiseNegativeMargin(ctx, payload));
}
