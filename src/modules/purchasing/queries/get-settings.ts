// Reads the purchasing settings row (tolerances, demand window, lead times, run behaviour).
import { sql } from 'kysely';
import type { Queryable } from '../../../platform/db/database.ts';

export interface PurchasingSettings {
  /** Basis points over the ordered quantity a receipt may reach before 409 over_receipt. */
  overReceiptTolerance: number;
  billQuantityTolerance: number;
  billPriceTolerance: number;
  demandWindowDays: number;
  transferLeadTimeDays: number;
  submitRunOrders: boolean;
  nightlyRunHourUtc: number;
}

interface SettingsRow {
  over_receipt_tolerance: number;
  bill_quantity_tolerance: number;
  bill_price_tolerance: number;
  demand_window_days: number;
  transfer_lead_time_days: number;
  submit_run_orders: boolean;
  nightly_run_hour_utc: number;
}

export async function getPurchasingSettings(db: Queryable): Promise<PurchasingSettings> {
  const result = await sql<SettingsRow>`SELECT * FROM purchasing_settings WHERE id = 1`.execute(db);
  const row = result.rows[0] as SettingsRow;
  return {
    overReceiptTolerance: row.over_receipt_tolerance,
    billQuantityTolerance: row.bill_quantity_tolerance,
    billPriceTolerance: row.bill_price_tolerance,
    demandWindowDays: row.demand_window_days,
    transferLeadTimeDays: row.transfer_lead_time_days,
    submitRunOrders: row.submit_run_orders,
    nightlyRunHourUtc: row.nightly_run_hour_utc,
  };
}
