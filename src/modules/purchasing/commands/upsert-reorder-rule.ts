// Creates or replaces the reorder rule of a product at a location: min, max, multiple, trigger, and where the
// goods come from — a vendor purchase order, or a transfer from a warehouse (the usual source of stores).
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { Conflict, InvalidInput } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { resolveProducts } from '../../catalog/index.ts';
import { resolveStockLocation } from '../../inventory/index.ts';
import type { Location } from '../../network/index.ts';
import { listReorderRules, type ReorderRuleView, type ReorderSource, type ReorderTrigger } from '../queries/reorder-rule-view.ts';

export interface UpsertReorderRuleInput {
  sku: string;
  location: string;
  min: number;
  max: number;
  multiple?: number;
  trigger?: ReorderTrigger;
  source?: ReorderSource;
  sourceLocation?: string;
  leadTimeDays?: number | null;
  active?: boolean;
}

export async function upsertReorderRule(ctx: Context, input: UpsertReorderRuleInput): Promise<ReorderRuleView> {
  if (input.max < input.min) throw new InvalidInput('max must be at least min', [{ path: '/max', message: 'must be at least min' }]);
  const location = await resolveStockLocation(ctx, input.location, '/location');
  const product = (await resolveProducts(ctx.tx, [input.sku], () => '/sku')).get(input.sku);
  const source = input.source ?? (input.sourceLocation !== undefined ? 'transfer' : 'purchase');
  const sourceLocation = await resolveSource(ctx, source, input.sourceLocation, location);
  const before = await sql`SELECT * FROM reorder_rule WHERE product_id = ${product?.id} AND location_id = ${location.id} FOR UPDATE`.execute(ctx.tx);
  const result = await sql<{ id: string }>`INSERT INTO reorder_rule (id, product_id, location_id, min_quantity, max_quantity, order_multiple, trigger,
      source, source_location_id, lead_time_days, active, created_at, updated_at)
    VALUES (${randomUUID()}, ${product?.id}, ${location.id}, ${input.min}, ${input.max}, ${input.multiple ?? 1}, ${input.trigger ?? 'auto'},
      ${source}, ${sourceLocation?.id ?? null}, ${input.leadTimeDays ?? null}, ${input.active ?? true}, ${ctx.now}, ${ctx.now})
    ON CONFLICT (product_id, location_id) DO UPDATE SET min_quantity = EXCLUDED.min_quantity, max_quantity = EXCLUDED.max_quantity,
      order_multiple = EXCLUDED.order_multiple, trigger = EXCLUDED.trigger, source = EXCLUDED.source,
      source_location_id = EXCLUDED.source_location_id, lead_time_days = EXCLUDED.lead_time_days, active = EXCLUDED.active,
      updated_at = EXCLUDED.updated_at
    RETURNING id`.execute(ctx.tx);
  const id = result.rows[0]?.id as string;
  const after = (await listReorderRules(ctx.tx, null, { location: location.code, sku: input.sku, limit: 1 })).items[0] as ReorderRuleView;
  await ctx.audit({ action: 'reorder_rule.saved', entity: 'reorder_rule', entityId: id, before: before.rows[0] ?? undefined, after });
  return after;
}

/** A transfer's source is another warehouse; a purchase has none. */
export async function resolveSource(ctx: Context, source: ReorderSource, code: string | undefined, location?: Location): Promise<Location | undefined> {
  if (source === 'purchase') {
    if (code !== undefined) throw new InvalidInput('A purchase rule has no source location', [{ path: '/sourceLocation', message: 'only for transfer rules' }]);
    return undefined;
  }
  if (code === undefined) throw new InvalidInput('A transfer rule needs a source location', [{ path: '/sourceLocation', message: 'is required' }]);
  const from = await resolveStockLocation(ctx, code, '/sourceLocation', { act: false });
  if (from.kind !== 'warehouse') {
    throw new Conflict('invalid_source', `Transfers are replenished from a warehouse; ${code} is a ${from.kind}`, [{ path: '/sourceLocation', message: 'must be a warehouse' }]);
  }
  if (location && from.id === location.id) throw new InvalidInput('A location cannot replenish itself', [{ path: '/sourceLocation', message: 'must differ from location' }]);
  return from;
}
