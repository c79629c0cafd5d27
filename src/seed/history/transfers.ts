// Transfers between locations: shipped at once, received (sometimes a unit short) when they arrive.
import { createTransfer, receiveTransfer, shipTransfer } from '../../modules/inventory/index.ts';
import type { Context } from '../../platform/db/unit-of-work.ts';
import { arrived } from './backorders.ts';
import { bump, type HistoryState } from './state.ts';
import type { DemoLocation } from './types.ts';

export async function sendTransfer(s: HistoryState, ctx: Context, from: DemoLocation, to: DemoLocation, lines: Array<{ prod: number; qty: number }>, note: string): Promise<string> {
  const created = await createTransfer(ctx, {
    from: from.location.code,
    to: to.location.code,
    note,
    lines: lines.map((line) => ({ sku: s.sku(line.prod), quantity: line.qty })),
  });
  await shipTransfer(ctx, created.id);
  for (const line of lines) {
    bump(s.onHand, s.at(from.index, line.prod), -line.qty);
    bump(s.inTransit, s.at(to.index, line.prod), line.qty);
  }
  s.counts.transfers += 1;
  s.counts.transferLines += lines.length;
  return created.id;
}

export async function receiveSentTransfer(s: HistoryState, ctx: Context, transferId: string, to: DemoLocation, lines: Array<{ prod: number; qty: number }>, shortLines: number[]): Promise<void> {
  const received = lines.map((line, index) => ({ prod: line.prod, qty: shortLines.includes(index) ? line.qty - 1 : line.qty }));
  await receiveTransfer(
    ctx,
    transferId,
    shortLines.length > 0 ? { lines: received.filter((line) => line.qty > 0).map((line) => ({ sku: s.sku(line.prod), quantity: line.qty })) } : {},
  );
  for (const line of received) bump(s.onHand, s.at(to.index, line.prod), line.qty);
  for (const line of lines) bump(s.inTransit, s.at(to.index, line.prod), -line.qty);
  await arrived(s, ctx, to, received.map((line) => line.prod));
}
