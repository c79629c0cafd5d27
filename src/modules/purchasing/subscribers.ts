// Purchasing's reactions to upstream events, inside the emitting transaction: a new warehouse or store gets
// the reorder rules of its kind's template.
import type { EventBus } from '../../platform/events/event-bus.ts';
import { applyRuleTemplates } from './commands/apply-rule-templates.ts';

type LocationCreated = { type: 'network.location_created'; payload: { locationId: string; kind: string } };

export function subscribePurchasing(bus: EventBus): void {
  bus.subscribe<LocationCreated>('network.location_created', async (ctx, { payload }) => {
    await applyRuleTemplates(ctx, payload.locationId, payload.kind);
  });
}
