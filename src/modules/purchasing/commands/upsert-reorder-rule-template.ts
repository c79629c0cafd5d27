// Creates or replaces the reorder rule a new location of a kind starts with; applied when locations are created.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { InvalidInput } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { resolveProducts } from '../../catalog/index.ts';
import { listReorderRuleTemplates, type ReorderRuleTemplateView, type ReorderSource, type ReorderTrigger } from '../queries/reorder-rule-view.ts';
import { resolveSource } from './upsert-reorder-rule.ts';

export interface UpsertReorderRuleTemplateInput {
  locationKind: 'warehouse' | 'store';
  sku: string;
  min: number;
  max: number;
  multiple?: number;
  trigger?: ReorderTrigger;
  source?: ReorderSource;
  sourceLocation?: string;
}

export async function upsertReorderRuleTemplate(ctx: Context, input: UpsertReorderRuleTemplateInput): Promise<ReorderRuleTemplateView> {
  if (input.max < input.min) throw new InvalidInput('max must be at least min', [{ path: '/max', message: 'must be at least min' }]);
  const product = (await resolveProducts(ctx.tx, [input.sku], () => '/sku')).get(input.sku);
  const source = input.source ?? (input.sourceLocation !== undefined ? 'transfer' : 'purchase');
  const sourceLocation = await resolveSource(ctx, source, input.sourceLocation);
  const result = await sql<{ id: string }>`INSERT INTO reorder_rule_template (id, location_kind, product_id, min_quantity, max_quantity, order_multiple,
      trigger, source, source_location_id, updated_at)
    VALUES (${randomUUID()}, ${input.locationKind}, ${product?.id}, ${input.min}, ${input.max}, ${input.multiple ?? 1}, ${input.trigger ?? 'auto'},
      ${source}, ${sourceLocation?.id ?? null}, ${ctx.now})
    ON CONFLICT (location_kind, product_id) DO UPDATE SET min_quantity = EXCLUDED.min_quantity, max_quantity = EXCLUDED.max_quantity,
      order_multiple = EXCLUDED.order_multiple, trigger = EXCLUDED.trigger, source = EXCLUDED.source,
      source_location_id = EXCLUDED.source_location_id, updated_at = EXCLUDED.updated_at
    RETURNING id`.execute(ctx.tx);
  const after = (await listReorderRuleTemplates(ctx.tx, { locationKind: input.locationKind, limit: 500 })).items.find((t) => t.sku === input.sku);
  await ctx.audit({ action: 'reorder_rule_template.saved', entity: 'reorder_rule_template', entityId: result.rows[0]?.id as string, after });
  return after as ReorderRuleTemplateView;
}
