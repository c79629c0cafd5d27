// The purchasing module's public surface: vendors, reorder rules, the replenishment run, purchase orders with
// approvals, receipts, vendor bills, landed costs and supplier performance; its events, routes and job.
export { runReplenishment, type ReplenishmentRun } from './commands/run-replenishment.ts';
export { NIGHTLY_RUN_QUEUE, registerReplenishmentJob, scheduleNightlyReplenishment } from './commands/nightly-replenishment.ts';
export { effectiveMultiple, expectedDemand, projectedPosition, reorderQuantity } from './domain/reorder.ts';
export type * from './events.ts';
export { InvalidState, NotOnOrder, OverReceipt, QuantityMismatch } from './errors.ts';
export { evaluateReorderRules, type ReorderPositionRow } from './queries/reorder-positions.ts';
export { type Vendor, vendorsByIds } from './queries/vendor-row.ts';
export { getPurchasingSettings, type PurchasingSettings } from './queries/get-settings.ts';
export { overdueApprovals, overdueReceipts, type OverdueApproval, type OverdueReceipt } from './queries/overdue-work.ts';
export { registerPurchasingRoutes } from './http/routes.ts';
export { subscribePurchasing } from './subscribers.ts';
