// Gives a new warehouse or store the reorder rules of its kind's template, in one statement.
import { sql } from 'kysely';
import type { Context } from '../../../platform/db/unit-of-work.ts';

export async function applyRuleTemplates(ctx: Context, locationId: string, kind: string): Promise<number> {
  if (kind !== 'warehouse' && kind !== 'store') return 0;
  const result = await sql`INSERT INTO reorder_rule (id, product_id, location_id, min_quantity, max_quantity, order_multiple, trigger, source,
      source_location_id, active, created_at, updated_at)
    SELECT gen_random_uuid(), t.product_id, ${locationId}::uuid, t.min_quantity, t.max_quantity, t.order_multiple, t.trigger, t.source,
      t.source_location_id, true, ${ctx.now}::timestamptz, ${ctx.now}::timestamptz
    FROM reorder_rule_template t
    WHERE t.location_kind = ${kind} AND t.source_location_id IS DISTINCT FROM ${locationId}
    ON CONFLICT (product_id, location_id) DO NOTHING`.execute(ctx.tx);
  const created = Number(result.numAffectedRows ?? 0);
  if (created > 0) {
    await ctx.audit({ action: 'reorder_rule.templated', entity: 'location', entityId: locationId, after: { kind, rulesCreated: created } });
  }
  return created;
}
