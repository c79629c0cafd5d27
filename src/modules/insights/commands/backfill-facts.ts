// Rebuilds every KPI fact table from the documents in one set-based pass (the SQL functions the insights
// migrations define). For data written without the subscribers: the migration of existing data, the demo loader.
import { sql } from 'kysely';
import type { Queryable } from '../../../platform/db/database.ts';

export async function backfillInsightFacts(db: Queryable): Promise<void> {
  await sql`SELECT insights_backfill()`.execute(db);
  await sql`SELECT insights_backfill_purchase_lead_times()`.execute(db);
}
