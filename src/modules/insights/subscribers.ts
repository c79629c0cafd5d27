// Insights' reactions to other modules' documents: each adds to the daily facts inside the emitting
// transaction, so a KPI read reflects every write that returned before it. Upstream modules know nothing of this.
import type { Context } from '../../platform/db/unit-of-work.ts';
import type { EventBus } from '../../platform/events/event-bus.ts';
import type { CountPosted, StockMoved, TransferReceived } from '../inventory/index.ts';
import { VIRTUAL_LOCATIONS } from '../network/index.ts';
import type { OrderCompleted, OrderPlaced } from '../orders/index.ts';
import type { PurchaseOrderSent, ReceiptPosted } from '../purchasing/index.ts';
import type { ReturnAccepted } from '../returns/index.ts';
import { addCompletionFacts, addFillFact, orderHome } from './commands/add-order-facts.ts';
import { addSalesFacts, type SalesFactDelta } from './commands/add-sales-facts.ts';
import { addStockFacts, type StockFactDelta } from './commands/add-stock-facts.ts';
import { recordReceivedLines, recordSentLines } from './commands/record-purchase-lines.ts';
import { factDay } from './domain/fact-day.ts';
import { splitLineByLocation } from './domain/sales-split.ts';

const VIRTUAL = new Set<string>(Object.values(VIRTUAL_LOCATIONS));
const RECEIVED_FROM = new Set<string>([VIRTUAL_LOCATIONS.supplier, VIRTUAL_LOCATIONS.transit]);

export function subscribeInsights(bus: EventBus): void {
  bus.subscribe<OrderPlaced>('orders.order_placed', async (ctx, { payload }) => {
    await addFillFact(ctx, { day: factDay(ctx.now), locationId: orderHome(payload.locationId), channel: payload.channel, linesPlaced: payload.lineCount, linesFilled: 0 });
  });

  bus.subscribe<OrderCompleted>('orders.order_completed', async (ctx, { payload }) => {
    const day = factDay(ctx.now);
    const deltas: SalesFactDelta[] = payload.lines.flatMap((line) =>
      splitLineByLocation(line.net, line.quantity, payload.shipments.filter((shipment) => shipment.lineNo === line.lineNo)).map((share) => ({
        day,
        productId: line.productId,
        locationId: share.locationId,
        channel: payload.channel,
        unitsSold: share.quantity,
        netSales: share.net,
        cogs: share.cost,
      })),
    );
    const placedAt = new Date(payload.placedAt);
    const home = orderHome(payload.homeLocationId);
    await addCompletionFacts(ctx, deltas, { day: factDay(placedAt), locationId: home, channel: payload.channel, linesPlaced: 0, linesFilled: payload.lines.length }, {
      orderId: payload.orderId,
      day,
      locationId: home,
      channel: payload.channel,
      fulfillment: payload.fulfillment,
      lines: payload.lines.length,
      seconds: Math.max(0, Math.floor((ctx.now.getTime() - placedAt.getTime()) / 1000)),
    });
  });

  bus.subscribe<ReturnAccepted>('returns.return_accepted', async (ctx, { payload }) => {
    const day = factDay(ctx.now);
    const soldDay = factDay(new Date(payload.soldAt));
    await addSalesFacts(ctx, [
      ...payload.lines.map((line) => ({ day, productId: line.productId, locationId: payload.locationId, channel: payload.channel, unitsReturned: line.quantity, returnsValue: line.net, returnsCogs: line.cost })),
      ...payload.lines
        .filter((line) => line.soldFromLocationId !== null)
        .map((line) => ({ day: soldDay, productId: line.productId, locationId: line.soldFromLocationId as string, channel: payload.channel, unitsReturnedOfSold: line.quantity })),
    ]);
    const scrapped = payload.lines.filter((line) => line.disposition === 'scrap');
    await addStockFacts(ctx, scrapped.map((line) => ({ day, productId: line.productId, locationId: payload.locationId, lossValue: line.cost })));
  });

  bus.subscribe<StockMoved>('inventory.stock_moved', async (ctx, { payload }) => stockMoved(ctx, payload));

  bus.subscribe<TransferReceived>('inventory.transfer_received', async (ctx, { payload }) => {
    const day = factDay(ctx.now);
    await addStockFacts(ctx, payload.shortfall.map((line) => ({ day, productId: line.productId, locationId: payload.toLocationId, lossValue: line.value })));
  });

  bus.subscribe<PurchaseOrderSent>('purchasing.purchase_order_sent', async (ctx, { payload }) => recordSentLines(ctx, payload));
  bus.subscribe<ReceiptPosted>('purchasing.receipt_posted', async (ctx, { payload }) => recordReceivedLines(ctx, payload));

  bus.subscribe<CountPosted>('inventory.count_posted', async (ctx, { payload }) => {
    const day = factDay(ctx.now);
    await addStockFacts(
      ctx,
      payload.lines.map((line) => ({ day, productId: line.productId, locationId: payload.locationId, unitsCounted: line.counted, countVariance: Math.abs(line.counted - line.onHandAtCount) })),
    );
  });
}

/** A move in or out of a warehouse or store: on hand and its value, receipts, and losses to inventory loss. */
async function stockMoved(ctx: Context, move: StockMoved['payload']): Promise<void> {
  const day = factDay(ctx.now);
  const deltas: StockFactDelta[] = [];
  if (!VIRTUAL.has(move.toLocationId)) {
    deltas.push({
      day,
      productId: move.productId,
      locationId: move.toLocationId,
      unitsIn: move.quantity,
      valueIn: move.value,
      unitsReceived: RECEIVED_FROM.has(move.fromLocationId) ? move.quantity : 0,
    });
  }
  if (!VIRTUAL.has(move.fromLocationId)) {
    deltas.push({
      day,
      productId: move.productId,
      locationId: move.fromLocationId,
      unitsOut: move.quantity,
      valueOut: move.value,
      lossValue: move.toLocationId === VIRTUAL_LOCATIONS.inventoryLoss ? move.value : 0,
    });
  }
  await addStockFacts(ctx, deltas);
}
