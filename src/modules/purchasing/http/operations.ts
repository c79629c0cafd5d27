// OpenAPI documentation of the purchasing and replenishment routes (see platform/http/openapi-operations.ts).
import type { OperationDocs } from '../../../platform/http/openapi-operations.ts';

const notFound = { 404: ['not_found'] };

export const purchasingOperations: OperationDocs = {
  'POST /api/v1/vendors': {
    operationId: 'createVendor',
    summary: 'Create a vendor',
    description: 'A supplier under a unique code, with its currency, lead time and payment terms.',
    problems: { 409: ['already_exists'] },
  },
  'GET /api/v1/vendors': {
    operationId: 'listVendors',
    summary: 'List vendors',
    description: 'Vendors by code, a page at a time, optionally only the active ones.',
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
    description: 'Changes the fields given; an inactive vendor takes no new purchase orders.',
    problems: notFound,
  },
  'POST /api/v1/vendors/:code/products': {
    operationId: 'setSupplierProduct',
    summary: 'Set a vendor’s supplier info for a product',
    description: 'The vendor’s SKU, unit cost, pack size and minimum order for a product, replacing what was set before.',
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
      'Min/max replenishment of a product at a location, by purchase (from a vendor) or by transfer (from a warehouse given as `sourceLocation`), replacing the rule there if there is one.',
    problems: { 409: ['invalid_source'], 422: ['unknown_reference'] },
  },
  'GET /api/v1/reorder-rules': {
    operationId: 'listReorderRules',
    summary: 'List reorder rules',
    description: 'Reorder rules of the caller’s locations, filtered by location and SKU.',
  },
  'POST /api/v1/reorder-rule-templates': {
    operationId: 'setReorderRuleTemplate',
    summary: 'Set a reorder rule template',
    description: 'Default min/max for a category at a kind of location, used where a product has no rule of its own.',
  },
  'GET /api/v1/reorder-rule-templates': {
    operationId: 'listReorderRuleTemplates',
    summary: 'List reorder rule templates',
    description: 'The templates by category and location kind.',
  },
  'GET /api/v1/purchasing/settings': {
    operationId: 'getPurchasingSettings',
    summary: 'Get the purchasing settings',
    description: 'Receiving tolerance, bill matching tolerances and the other company-wide purchasing settings.',
  },
  'POST /api/v1/purchasing/settings': {
    operationId: 'updatePurchasingSettings',
    summary: 'Change the purchasing settings',
    description: 'Changes the settings given and leaves the others as they are.',
  },
  'POST /api/v1/replenishment/runs': {
    operationId: 'runReplenishment',
    summary: 'Run replenishment now',
    description: 'Compares stock with the reorder rules of every location and proposes purchases and draft transfers, as the nightly run does. Needs a caller not limited to some locations.',
  },
  'GET /api/v1/replenishment/runs': {
    operationId: 'listReplenishmentRuns',
    summary: 'List replenishment runs',
    description: 'Runs, newest first, with what each proposed.',
  },
  'GET /api/v1/replenishment/proposals': {
    operationId: 'listReplenishmentProposals',
    summary: 'List purchase proposals',
    description: 'Proposed purchases of the caller’s locations, filtered by status, vendor and location.',
  },
  'POST /api/v1/replenishment/proposals/order': {
    operationId: 'orderProposals',
    summary: 'Turn proposals into purchase orders',
    description: 'One draft purchase order per vendor and location for the proposals given.',
    problems: { 409: ['invalid_state', 'no_vendor'], 422: ['unknown_reference'] },
  },
  'POST /api/v1/replenishment/proposals/dismiss': {
    operationId: 'dismissProposals',
    summary: 'Dismiss proposals',
    description: 'Marks the proposals given as dismissed, with a reason; the next run may propose them again.',
  },
  'POST /api/v1/purchasing/approval-policies': {
    operationId: 'createApprovalPolicy',
    summary: 'Create an approval policy',
    description: 'Purchase orders whose amount falls in the policy’s range wait for its steps (a user or a role each) to approve them before they can be sent.',
    problems: { 409: ['already_exists', 'approver_cannot_approve'], 422: ['unknown_reference'] },
  },
  'GET /api/v1/purchasing/approval-policies': {
    operationId: 'listApprovalPolicies',
    summary: 'List approval policies',
    description: 'The policies with their amount ranges and steps.',
  },
  'GET /api/v1/purchasing/approvals/inbox': {
    operationId: 'getApprovalInbox',
    summary: 'Purchase orders waiting for my approval',
    description: 'Submitted purchase orders whose current step the caller may decide, oldest first, with how long each has waited.',
  },
  'POST /api/v1/purchase-orders': {
    operationId: 'createPurchaseOrder',
    summary: 'Create a purchase order',
    description: 'A draft order to an active vendor for delivery to a location; costs default to the vendor’s supplier info.',
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
    description: 'One purchase order by id or number, with its lines, what was received and billed, and its approval steps.',
    problems: notFound,
  },
  'POST /api/v1/purchase-orders/:id/submit': {
    operationId: 'submitPurchaseOrder',
    summary: 'Submit a purchase order',
    description: 'A draft goes to approval when an approval policy covers its amount, otherwise it is approved at once.',
    problems: { 404: ['not_found'], 409: ['invalid_state'] },
  },
  'POST /api/v1/purchase-orders/:id/approve': {
    operationId: 'approvePurchaseOrder',
    summary: 'Approve a purchase order’s current step',
    description: 'The approver of the waiting step approves it, with an optional note; after the last step the order is approved. Anyone else is refused (403).',
    problems: { 404: ['not_found'], 409: ['invalid_state'] },
  },
  'POST /api/v1/purchase-orders/:id/reject': {
    operationId: 'rejectPurchaseOrder',
    summary: 'Reject a purchase order',
    description: 'The approver of the waiting step rejects the order, with a required note; it goes back to draft.',
    problems: { 404: ['not_found'], 409: ['invalid_state'] },
  },
  'POST /api/v1/purchase-orders/:id/send': {
    operationId: 'sendPurchaseOrder',
    summary: 'Send a purchase order to the vendor',
    description: 'An approved order is sent: its units count as on order from now on.',
    problems: { 404: ['not_found'], 409: ['invalid_state'] },
  },
  'POST /api/v1/purchase-orders/:id/cancel': {
    operationId: 'cancelPurchaseOrder',
    summary: 'Cancel a purchase order',
    description: 'Cancels an order nothing has been received on yet, with an optional reason.',
    problems: { 404: ['not_found'], 409: ['invalid_state'] },
  },
  'POST /api/v1/purchase-orders/:id/close': {
    operationId: 'closePurchaseOrder',
    summary: 'Close a purchase order',
    description: 'Closes a partly received order: the rest will not come. Refused while received units are not billed yet.',
    problems: { 404: ['not_found'], 409: ['invalid_state', 'unbilled_receipts'] },
  },
  'GET /api/v1/replenishment/transfer-drafts': {
    operationId: 'listTransferDrafts',
    summary: 'List draft transfers',
    description: 'Transfers the replenishment run proposed from or to the caller’s locations, filtered by status.',
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
    description: 'Staff of either location turn the draft into an inventory transfer, optionally with changed quantities.',
    problems: { 404: ['not_found'], 409: ['invalid_state', 'insufficient_stock'], 422: ['unknown_reference'] },
  },
  'POST /api/v1/replenishment/transfer-drafts/:id/dismiss': {
    operationId: 'dismissTransferDraft',
    summary: 'Dismiss a draft transfer',
    description: 'Staff of either location dismiss the draft, with a note.',
    problems: { 404: ['not_found'], 409: ['invalid_state'] },
  },
  'POST /api/v1/receipts': {
    operationId: 'postReceipt',
    summary: 'Receive goods against a purchase order',
    description: 'Books the units received at the order’s location into stock. More than ordered (beyond the receiving tolerance) is refused.',
    problems: { 409: ['invalid_state', 'location_mismatch', 'over_receipt', 'location_holds_no_stock'], 422: ['unknown_reference'] },
  },
  'GET /api/v1/receipts': {
    operationId: 'listReceipts',
    summary: 'List receipts',
    description: 'Receipts at the caller’s locations, newest first, filtered by purchase order and location.',
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
    description: 'Matches the bill three ways against the purchase order and what was received: a bill within tolerance is approved, otherwise it is put on hold with its exceptions.',
    problems: { 409: ['invalid_state', 'already_exists'], 422: ['unknown_reference'] },
  },
  'GET /api/v1/vendor-bills': {
    operationId: 'listVendorBills',
    summary: 'List vendor bills',
    description: 'Bills of the caller’s locations, newest first, filtered by status and vendor.',
  },
  'GET /api/v1/vendor-bills/exceptions': {
    operationId: 'listVendorBillExceptions',
    summary: 'List three-way-match exceptions',
    description: 'Bills on hold with the lines that do not match the order or the receipts.',
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
    description: 'Accepts a price difference, with an optional note. Billing more units than were received stays refused.',
    problems: { 404: ['not_found'], 409: ['invalid_state', 'quantity_mismatch'] },
  },
  'POST /api/v1/vendor-bills/:id/reject': {
    operationId: 'rejectVendorBill',
    summary: 'Reject a bill on hold',
    description: 'Rejects the bill, with a required note; nothing is booked.',
    problems: { 404: ['not_found'], 409: ['invalid_state'] },
  },
  'POST /api/v1/landed-costs': {
    operationId: 'postLandedCost',
    summary: 'Post a landed cost',
    description: 'Freight, duty or other costs of bringing goods in, spread over the receipts given by value or quantity, raising the products’ cost.',
    problems: { 422: ['unknown_reference'] },
  },
  'GET /api/v1/landed-costs': {
    operationId: 'listLandedCosts',
    summary: 'List landed costs',
    description: 'Landed costs, newest first.',
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
    description: 'On-time and in-full rates, lead times and price variance by vendor over a date range.',
  },
  'GET /api/v1/purchasing/delayed-receipts': {
    operationId: 'listDelayedReceipts',
    summary: 'List delayed receipts',
    description: 'Sent purchase order lines past their expected date and not fully received, most overdue first.',
  },
};
