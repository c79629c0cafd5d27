// The scheduled exception checks (daily job, or on demand): delayed receipts, overdue transfers, overdue approvals
// and stockout risk. Each check raises what it finds now (refreshing the exceptions already open for the same
// subject) and resolves, with a note, the open exceptions of its kind whose cause it no longer finds — so running
// it twice changes nothing the second time. Exceptions raised by writes are never resolved by a check.
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { productsByIds } from '../../catalog/index.ts';
import { transfersInTransitSince } from '../../inventory/index.ts';
import { evaluateReorderRules, getPurchasingSettings, overdueApprovals, overdueReceipts } from '../../purchasing/index.ts';
import type { Role } from '../../../kernel/actor.ts';
import { type ExceptionKind, ownerRole } from '../domain/exception-kind.ts';
import { formatMoney } from '../domain/format.ts';
import { expectedDemandOverLeadTime, runOutDay, STOCKOUT_DEMAND_WINDOW_DAYS, stockoutShortfall } from '../domain/stockout.ts';
import { placesByIds } from './places.ts';
import { type ExceptionToRaise, raiseExceptions } from './raise-exceptions.ts';
import { resolveExceptionsGone } from './resolve-gone.ts';

const DAY = 86_400_000;
export type CheckedKind = 'delayed_receipt' | 'transfer_overdue' | 'approval_overdue' | 'stockout_risk';

export interface CheckRun {
  at: string;
  checks: Partial<Record<CheckedKind, { open: number; raised: number; resolved: number }>>;
}

const ALL_CHECKS: readonly CheckedKind[] = ['delayed_receipt', 'transfer_overdue', 'approval_overdue', 'stockout_risk'];

/** Runs the given checks (all four by default) in the caller's transaction. */
export async function runExceptionChecks(ctx: Context, kinds: readonly CheckedKind[] = ALL_CHECKS): Promise<CheckRun> {
  const settings = await getPurchasingSettings(ctx.tx);
  const find: Record<CheckedKind, () => Promise<ExceptionToRaise[]>> = {
    delayed_receipt: () => delayedReceipts(ctx),
    transfer_overdue: () => overdueTransfers(ctx, Math.max(1, settings.transferLeadTimeDays)),
    approval_overdue: () => lateApprovals(ctx),
    stockout_risk: () => stockoutRisks(ctx, settings.transferLeadTimeDays),
  };
  const checks: CheckRun['checks'] = {};
  for (const kind of ALL_CHECKS.filter((k) => kinds.includes(k))) {
    const raised = await raiseExceptions(ctx, await find[kind]());
    const resolved = await resolveExceptionsGone(ctx, kind, raised.map((r) => r.id), GONE[kind]);
    checks[kind] = { open: new Set(raised.map((r) => r.id)).size, raised: raised.filter((r) => r.raised).length, resolved };
  }
  return { at: ctx.now.toISOString(), checks };
}

const GONE: Record<CheckedKind, string> = {
  delayed_receipt: 'Resolved automatically: the order has no late units outstanding any more.',
  transfer_overdue: 'Resolved automatically: the transfer is no longer in transit.',
  approval_overdue: 'Resolved automatically: the approval is no longer pending past its time.',
  stockout_risk: 'Resolved automatically: available stock covers the expected demand over the lead time again.',
};

const daysLate = (since: Date, now: Date) => Math.max(0, Math.floor((now.getTime() - since.getTime()) / DAY));

async function delayedReceipts(ctx: Context): Promise<ExceptionToRaise[]> {
  const late = await overdueReceipts(ctx.tx, ctx.now);
  const places = await placesByIds(ctx.tx, late.map((r) => r.locationId));
  return late.map((r) => ({
    kind: 'delayed_receipt',
    locationId: r.locationId,
    subject: { type: 'purchase_order', id: r.purchaseOrderId },
    summary: `${r.number} from ${r.vendor} to ${places.get(r.locationId)?.code}: ${r.outstandingUnits} unit(s) (${formatMoney(r.outstandingValue)}) not received, promised ${r.expectedAt.toISOString().slice(0, 10)} (${daysLate(r.expectedAt, ctx.now)} day(s) late)`,
    valueAtRisk: r.outstandingValue,
    ownerRole: ownerRole('delayed_receipt', places.get(r.locationId)?.kind ?? null),
  }));
}

async function overdueTransfers(ctx: Context, laneDays: number): Promise<ExceptionToRaise[]> {
  const late = await transfersInTransitSince(ctx.tx, new Date(ctx.now.getTime() - laneDays * DAY));
  const places = await placesByIds(ctx.tx, late.flatMap((t) => [t.fromLocationId, t.toLocationId]));
  return late.map((t) => {
    const to = places.get(t.toLocationId);
    return {
      kind: 'transfer_overdue',
      locationId: t.toLocationId,
      subject: { type: 'transfer', id: t.transferId },
      summary: `${t.number} from ${places.get(t.fromLocationId)?.code} to ${to?.code}: ${t.units} unit(s) (${formatMoney(t.value)}) in transit since ${t.shippedAt.toISOString().slice(0, 10)}, longer than the lane’s ${laneDays} day(s)`,
      valueAtRisk: t.value,
      ownerRole: ownerRole('transfer_overdue', to?.kind ?? null),
    };
  });
}

async function lateApprovals(ctx: Context): Promise<ExceptionToRaise[]> {
  const late = await overdueApprovals(ctx.tx, ctx.now);
  const places = await placesByIds(ctx.tx, late.map((a) => a.locationId));
  return late.map((a) => ({
    kind: 'approval_overdue',
    locationId: a.locationId,
    subject: { type: 'purchase_order', id: a.purchaseOrderId },
    summary: `${a.number} for ${places.get(a.locationId)?.code} (${formatMoney(a.total)}) waits for approval step ${a.stepNo}${a.approverRole ? ` (${a.approverRole})` : ''}, due ${a.dueAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    valueAtRisk: a.total,
    ownerRole: (a.approverRole as Role | null) ?? ownerRole('approval_overdue', null),
    assigneeId: a.approverUserId,
  }));
}

async function stockoutRisks(ctx: Context, transferLeadTimeDays: number): Promise<ExceptionToRaise[]> {
  const parameters = { now: ctx.now, demandWindowDays: STOCKOUT_DEMAND_WINDOW_DAYS, transferLeadTimeDays };
  const positions = [
    ...(await evaluateReorderRules(ctx.tx, { ...parameters, source: 'purchase' })),
    ...(await evaluateReorderRules(ctx.tx, { ...parameters, source: 'transfer' })),
  ];
  const atRisk = positions.flatMap((p) => {
    const demand = expectedDemandOverLeadTime(p.sold, p.lead_time_days);
    const short = stockoutShortfall({ onHand: p.on_hand, reserved: p.reserved, incoming: p.incoming, demand });
    return short > 0 ? [{ p, demand, short }] : [];
  });
  if (atRisk.length === 0) return [];
  const [places, products] = await Promise.all([placesByIds(ctx.tx, atRisk.map(({ p }) => p.location_id)), productsByIds(ctx.tx, atRisk.map(({ p }) => p.product_id))]);
  return atRisk.map(({ p, demand, short }) => {
    const place = places.get(p.location_id);
    const product = products.get(p.product_id);
    const kind: ExceptionKind = 'stockout_risk';
    return {
      kind,
      locationId: p.location_id,
      subject: { type: 'product', id: p.product_id },
      summary: `${product?.sku} at ${place?.code}: ${p.on_hand - p.reserved} available${p.incoming > 0 ? ` and ${p.incoming} inbound` : ''} against ${demand} expected over the ${p.lead_time_days}-day lead time (${p.sold} sold in ${STOCKOUT_DEMAND_WINDOW_DAYS} days); runs out around ${runOutDay(ctx.now, p.on_hand - p.reserved, p.sold)}`,
      // The sales the shortfall would lose, at the product's price.
      valueAtRisk: short * (product?.price ?? 0),
      ownerRole: ownerRole(kind, place?.kind ?? null),
    };
  });
}
