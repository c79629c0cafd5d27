// Changes the purchasing settings (tolerances, demand window, lead times, run behaviour); audited.
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { getPurchasingSettings, type PurchasingSettings } from '../queries/get-settings.ts';

export async function updatePurchasingSettings(ctx: Context, input: Partial<PurchasingSettings>): Promise<PurchasingSettings> {
  const before = await getPurchasingSettings(ctx.tx);
  const after: PurchasingSettings = { ...before, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
  await ctx.tx
    .updateTable('purchasing_settings')
    .set({
      over_receipt_tolerance: after.overReceiptTolerance,
      bill_quantity_tolerance: after.billQuantityTolerance,
      bill_price_tolerance: after.billPriceTolerance,
      demand_window_days: after.demandWindowDays,
      transfer_lead_time_days: after.transferLeadTimeDays,
      submit_run_orders: after.submitRunOrders,
      nightly_run_hour_utc: after.nightlyRunHourUtc,
    })
    .where('id', '=', 1)
    .execute();
  await ctx.audit({ action: 'purchasing.settings_updated', entity: 'purchasing_settings', entityId: '1', before, after });
  return after;
}
