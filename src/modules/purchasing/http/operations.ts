// OpenAPI documentation of the purchasing and replenishment routes (see platform/http/openapi-operations.ts).
import type { OperationDocs } from '../../../platform/http/openapi-operations.ts';

const notFound = { 404: ['not_found'] };

export const purchasingOperations: OperationDocs = {
  'POST /api/v1/vendors': {
    operationId: 'createVendor',
    summary: 'Create a vendor',
    description: 'A supplier under a unique code, with its payment terms, default lead time and contact.',
    problems: { 409: ['already_exists'] },
  },
  'GET /api/v1/vendors': {
    operationId: 'listVendors',
    summary: 'List vendors',
    description: 'Vendors by code, a page at a time.',
  },
  'GET /api/v1/vendors/:code': {
    operationId: 'getVendor',
    summary: 'Get a vendor',
    description: 'One vendor by code.',
    problems: notFound,
  },
  'POST /api/v1/vendors/:code': {
    operationId: 'updateVendor',
    summary: 'Change a vendor',
    description: 'Changes the fields given; an inactive vendor (`active: false`) takes no new purchase orders.',
    problems: notFound,
  },
  'POST /api/v1/vendors/:code/products': {
    operationId: 'setSupplierProduct',
    summary: 'Set a vendor’s supplier info for a product',
    description: 'The vendor’s SKU, unit cost, minimum order quantity, order multiple, lead time and whether it is the product’s preferred vendor (one per product), replacing what was set before.',
    problems: { 404: ['not_found'], 422: ['unknown_reference'] },
  },
  'GET /api/v1/vendors/:code/products': {
    operationId: 'listSupplierProducts',
    summary: 'List a vendor’s supplier info',
    description: 'The products the vendor supplies, with their supplier terms.',
    problems: notFound,
  },
  'POST /api/v1/reorder-rules': {
    operationId: 'setReorderRule',
    summary: 'Set a reorder rule',
    description:
      'Min/max replenishment of a product at a location, by purchase or by transfer from `sourceLocation` (a warehouse), triggered by the run (`auto`) or left to a buyer (`manual`); replaces the rule of that SKU and location if there is one.',
    problems: { 409: ['invalid_source'], 422: ['unknown_reference'] },
  },
  'GET /api/v1/reorder-rules': {
    operationId: 'listReorderRules',
    summary: 'List reorder rules',
    description: 'Reorder rules of the caller’s locations, filtered by location, SKU, source and trigger. Any role that reads stock may read them (they carry no cost).',
  },
  'POST /api/v1/reorder-rule-templates': {
    operationId: 'setReorderRuleTemplate',
    summary: 'Set a reorder rule template',
    description: 'The reorder rules a new location of a kind (`warehouse` or `store`) starts with.',
  },
  'GET /api/v1/reorder-rule-templates': {
    operationId: 'listReorderRuleTemplates',
    summary: 'List reorder rule templates',
    description: 'The templates by location kind.',
  },
  'GET /api/v1/purchasing/settings': {
    operationId: 'getPurchasingSettings',
    summary: 'Get the purchasing settings',
    description: 'Tolerances (over-receipt, bill quantity and price), demand window, lead times and how the replenishment run behaves.',
  },
  'POST /api/v1/purchasing/settings': {
    operationId: 'updatePurchasingSettings',
    summary: 'Change the purchasing settings',
    description: 'Changes the settings given and leaves the others as they are.',
  },
  'POST /api/v1/replenishment/runs': {
    operationId: 'runReplenishment',
    summary: 'Run replenishment now',
    description: 'Evaluates every active reorder rule now, as the nightly job does: stores’ needs become draft transfers, warehouses’ needs draft purchase orders submitted to the approval policies. Takes a JSON object (`{}` or `{ note }`). Needs a caller not limited to some locations.',
  },
  'GET /api/v1/replenishment/runs': {
    operationId: 'listReplenishmentRuns',
    summary: 'List replenishment runs',
    description: 'Runs, newest first, with what each evaluated and created.',
  },
  'GET /api/v1/replenishment/proposals': {
    operationId: 'listReplenishmentProposals',
    summary: 'List purchase proposals',
    description: 'Proposals of the caller’s locations, each with the stock position it was computed from, filtered by status, location, SKU, vendor and run.',
  },
  'POST /api/v1/replenishment/proposals/order': {
    operationId: 'orderProposals',
    summary: 'Turn proposals into purchase orders',
    description: 'A buyer turns open proposals (of manual rules) into draft purchase orders, one per vendor and location.',
    problems: { 409: ['invalid_state', 'no_vendor'], 422: ['unknown_reference'] },
  },
  'POST /api/v1/replenishment/proposals/:id': {
    operationId: 'changeProposalQuantity',
    summary: 'Change an open proposal’s quantity',
    description: 'A buyer changes what an open proposal asks for before ordering it; the position and min/max it was computed from stay as they were. Audited with the quantity before and after.',
    problems: { 404: ['not_found'], 409: ['invalid_state'] },
  },
  'POST /api/v1/replenishment/proposals/dismiss': {
    operationId: 'dismissProposals',
    summary: 'Dismiss proposals',
    description: 'A buyer dismisses open proposals, with a reason.',
  },
  'POST /api/v1/purchasing/approval-policies': {
    operationId: 'createApprovalPolicy',
    summary: 'Create an approval policy',
    description: 'Submitted purchase orders the policy matches (category, amount range; the first active one by priority) wait for its steps — a role or a user each, in order — to approve them; a policy without steps approves automatically. Every approver must hold `purchasing.approve`.',
    problems: { 409: ['already_exists', 'approver_cannot_approve'], 422: ['unknown_reference'] },
  },
  'GET /api/v1/purchasing/approval-policies': {
    operationId: 'listApprovalPolicies',
    summary: 'List approval policies',
    description: 'The policies with their ranges and steps.',
  },
  'GET /api/v1/purchasing/approvals/inbox': {
    operationId: 'getApprovalInbox',
    summary: 'Purchase orders waiting for my approval',
    description: 'Orders whose pending step waits for the caller (by user or role), oldest first, with `dueAt` and `overdue`.',
  },
  'POST /api/v1/purchase-orders': {
    operationId: 'createPurchaseOrder',
    summary: 'Create a purchase order',
    description: 'A draft order to an active vendor for a location; lines cost the vendor’s price unless `unitCost` is given.',
    problems: { 409: ['vendor_inactive'], 422: ['unknown_reference'] },
  },
  'GET /api/v1/purchase-orders': {
    operationId: 'listPurchaseOrders',
    summary: 'List purchase orders',
    description: 'Purchase orders of the caller’s locations, newest first, filtered by status, vendor and location.',
  },
  'GET /api/v1/purchase-orders/:id': {
    operationId: 'getPurchaseOrder',
    summary: 'Get a purchase order',
    description: 'One purchase order by id or number, with its lines (promised dates, received, billed) and its approval steps.',
    problems: notFound,
  },
  'POST /api/v1/purchase-orders/:id/submit': {
    operationId: 'submitPurchaseOrder',
    summary: 'Submit a purchase order',
    description: 'A draft goes to the first step of the matching approval policy (`to_approve`), or is approved at once when the policy has no steps.',
    problems: { 404: ['not_found'], 409: ['invalid_state'] },
  },
  'POST /api/v1/purchase-orders/:id/approve': {
    operationId: 'approvePurchaseOrder',
    summary: 'Approve a purchase order’s current step',
    description: 'The approver of the pending step approves it, with an optional note; after the last step the order is `approved`. Anyone else is refused (403), and nobody but an admin decides two steps of one order.',
    problems: { 404: ['not_found'], 409: ['invalid_state'] },
  },
  'POST /api/v1/purchase-orders/:id/reject': {
    operationId: 'rejectPurchaseOrder',
    summary: 'Reject a purchase order',
    description: 'The approver of the pending step rejects the order, with a required note; it returns to `draft`.',
    problems: { 404: ['not_found'], 409: ['invalid_state'] },
  },
  'POST /api/v1/purchase-orders/:id/send': {
    operationId: 'sendPurchaseOrder',
    summary: 'Send a purchase order to the vendor',
    description: 'An approved order is sent to the vendor: each line’s promised date is the send date plus its lead time.',
    problems: { 404: ['not_found'], 409: ['invalid_state'] },
  },
  'POST /api/v1/purchase-orders/:id/cancel': {
    operationId: 'cancelPurchaseOrder',
    summary: 'Cancel a purchase order',
    description: 'Cancels a draft, waiting, approved or sent order (not once goods arrived), with an optional reason.',
    problems: { 404: ['not_found'], 409: ['invalid_state'] },
  },
  'POST /api/v1/purchase-orders/:id/close': {
    operationId: 'closePurchaseOrder',
    summary: 'Close a purchase order',
    description: 'Closes the order, short if partly received, with an optional reason. Refused while received units are not billed.',
    problems: { 404: ['not_found'], 409: ['invalid_state', 'unbilled_receipts'] },
  },
  'GET /api/v1/replenishment/transfer-drafts': {
    operationId: 'listTransferDrafts',
    summary: 'List draft transfers',
    description: 'Draft transfers of the replenishment runs from or to the caller’s locations.',
  },
  'GET /api/v1/replenishment/transfer-drafts/:id': {
    operationId: 'getTransferDraft',
    summary: 'Get a draft transfer',
    description: 'One draft transfer by id or number, with its lines.',
    problems: notFound,
  },
  'POST /api/v1/replenishment/transfer-drafts/:id/approve': {
    operationId: 'approveTransferDraft',
    summary: 'Approve a draft transfer',
    description: 'Staff of the draft’s locations turn it into an inventory transfer, optionally with changed lines and a note.',
    problems: { 404: ['not_found'], 409: ['invalid_state', 'insufficient_stock'], 422: ['unknown_reference'] },
  },
  'POST /api/v1/replenishment/transfer-drafts/:id/dismiss': {
    operationId: 'dismissTransferDraft',
    summary: 'Dismiss a draft transfer',
    description: 'Staff of the draft’s locations dismiss it, with a note.',
    problems: { 404: ['not_found'], 409: ['invalid_state'] },
  },
  'POST /api/v1/receipts': {
    operationId: 'postReceipt',
    summary: 'Receive goods against a purchase order',
    description: 'Receives goods of a sent or partially received order at its location: stock enters at the order’s unit cost and waiting backorders there are allocated. More than ordered beyond the over-receipt tolerance is refused with `over_receipt`.',
    problems: { 409: ['invalid_state', 'location_mismatch', 'over_receipt', 'location_holds_no_stock', 'period_locked'], 422: ['unknown_reference'] },
  },
  'GET /api/v1/receipts': {
    operationId: 'listReceipts',
    summary: 'List receipts',
    description: 'Receipts at the caller’s locations.',
  },
  'GET /api/v1/receipts/:id': {
    operationId: 'getReceipt',
    summary: 'Get a receipt',
    description: 'One receipt by id or number, with its lines.',
    problems: notFound,
  },
  'POST /api/v1/vendor-bills': {
    operationId: 'postVendorBill',
    summary: 'Post a vendor bill',
    description: 'Matches the bill three ways against the purchase order and what was received: a clean bill posts at once, otherwise it is `on_hold` with its exceptions. A vendor’s reference is billed once.',
    problems: { 409: ['invalid_state', 'already_exists', 'period_locked'], 422: ['unknown_reference'] },
  },
  'GET /api/v1/vendor-bills': {
    operationId: 'listVendorBills',
    summary: 'List vendor bills',
    description: 'Bills of the caller’s locations.',
  },
  'GET /api/v1/vendor-bills/exceptions': {
    operationId: 'listVendorBillExceptions',
    summary: 'List three-way-match exceptions',
    description: 'Bills on hold with their quantity and price exceptions.',
  },
  'GET /api/v1/vendor-bills/:id': {
    operationId: 'getVendorBill',
    summary: 'Get a vendor bill',
    description: 'One bill by id or number, with its lines and exceptions.',
    problems: notFound,
  },
  'POST /api/v1/vendor-bills/:id/approve': {
    operationId: 'approveVendorBill',
    summary: 'Approve a bill on hold',
    description: 'Matches again against what has been received by then and accepts price differences, with an optional note; quantity still short is refused with `quantity_mismatch`.',
    problems: { 404: ['not_found'], 409: ['invalid_state', 'quantity_mismatch', 'period_locked'] },
  },
  'POST /api/v1/vendor-bills/:id/reject': {
    operationId: 'rejectVendorBill',
    summary: 'Reject a bill on hold',
    description: 'Voids the bill and frees its reference, with a required note.',
    problems: { 404: ['not_found'], 409: ['invalid_state'] },
  },
  'POST /api/v1/landed-costs': {
    operationId: 'postLandedCost',
    summary: 'Post a landed cost',
    description: 'Freight or duty spread over the receipts given, by value or quantity: the share of units still held is capitalized (the average cost moves), the rest expensed.',
    problems: { 409: ['period_locked'], 422: ['unknown_reference'] },
  },
  'GET /api/v1/landed-costs': {
    operationId: 'listLandedCosts',
    summary: 'List landed costs',
    description: 'Landed costs, filtered by receipt.',
  },
  'GET /api/v1/landed-costs/:id': {
    operationId: 'getLandedCost',
    summary: 'Get a landed cost',
    description: 'One landed cost by id or number, with how it was spread.',
    problems: notFound,
  },
  'GET /api/v1/supplier-performance': {
    operationId: 'getSupplierPerformance',
    summary: 'Supplier performance',
    description: 'Per vendor over `from`–`to` (default the last 90 days): OTIF, fill rate, actual and promised lead times, and price variance.',
  },
  'GET /api/v1/purchasing/delayed-receipts': {
    operationId: 'listDelayedReceipts',
    summary: 'List delayed receipts',
    description: 'Lines of sent or partially received orders past their promised date with units outstanding, most overdue first, with `daysLate`.',
  },
};
