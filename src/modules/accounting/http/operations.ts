// OpenAPI documentation of the accounting routes (see platform/http/openapi-operations.ts).
import type { OperationDocs } from '../../../platform/http/openapi-operations.ts';

const notFound = { 404: ['not_found'] };
const csv = 'JSON, or with `format=csv` a CSV export of the same rows.';

export const accountingOperations: OperationDocs = {
  'GET /api/v1/accounting/accounts': {
    operationId: 'listAccounts',
    summary: 'List the chart of accounts',
    description: 'Accounts by code, a page at a time; archived ones only with `includeArchived=true`.',
  },
  'POST /api/v1/accounting/accounts': {
    operationId: 'createAccount',
    summary: 'Create an account',
    description: 'An account with code, name, type and optional role (counted in that role’s sums, with no automatic postings). Codes starting `1010-` are reserved for store tills.',
    problems: { 409: ['already_exists'] },
  },
  'GET /api/v1/accounting/accounts/:code': {
    operationId: 'getAccount',
    summary: 'Get an account',
    description: 'One account by code.',
    problems: notFound,
  },
  'POST /api/v1/accounting/accounts/:code': {
    operationId: 'renameAccount',
    summary: 'Rename an account',
    description: 'Changes the account’s name; its code and type never change.',
    problems: notFound,
  },
  'POST /api/v1/accounting/accounts/:code/archive': {
    operationId: 'archiveAccount',
    summary: 'Archive an account',
    description: 'An archived account takes no new entries and stays in the trial balance. Accounts that receive automatic postings cannot be archived.',
    problems: { 404: ['not_found'], 409: ['account_in_use'] },
  },
  'GET /api/v1/accounting/trial-balance': {
    operationId: 'getTrialBalance',
    summary: 'Trial balance',
    description: `Every account (zero ones too) with debits, credits and balance over \`from\`–\`to\`, and the totals. ${csv}`,
  },
  'GET /api/v1/accounting/journal-entries': {
    operationId: 'listJournalEntries',
    summary: 'List journal entries',
    description: 'Entries with their lines in posting order, filtered by `source` (such as `order:{id or number}`) and `from`/`to`.',
  },
  'POST /api/v1/accounting/journal-entries': {
    operationId: 'postManualEntry',
    summary: 'Post a manual journal entry',
    description: 'An accrual, opening balance or correction: lines of exactly one of debit and credit each, balancing. Refused on or before the period lock date.',
    problems: { 409: ['period_locked'], 422: ['unknown_reference'] },
  },
  'GET /api/v1/accounting/journal-entries/:id': {
    operationId: 'getJournalEntry',
    summary: 'Get a journal entry',
    description: 'One entry by id or JE number, with its lines.',
    problems: notFound,
  },
  'POST /api/v1/accounting/journal-entries/:id/reverse': {
    operationId: 'reverseJournalEntry',
    summary: 'Reverse a journal entry',
    description: 'Posts the mirror entry today; an entry is reversed once, and a reversal is not reversed.',
    problems: { 404: ['not_found'], 409: ['already_reversed', 'invalid_state', 'period_locked'] },
  },
  'GET /api/v1/accounting/period-lock': {
    operationId: 'getPeriodLock',
    summary: 'Get the period lock',
    description: 'The date up to which (inclusive) the books are closed, or null.',
  },
  'POST /api/v1/accounting/period-lock': {
    operationId: 'setPeriodLock',
    summary: 'Set the period lock',
    description: 'Closes the books up to a date (or reopens them with null): any posting dated on or before it is refused with 409 `period_locked`.',
  },
  'GET /api/v1/accounting/reports/profit-and-loss': {
    operationId: 'getProfitAndLoss',
    summary: 'Profit and loss',
    description: `Income and expense accounts over \`from\`–\`to\`, gross profit and net income. ${csv}`,
  },
  'GET /api/v1/accounting/reports/balance-sheet': {
    operationId: 'getBalanceSheet',
    summary: 'Balance sheet',
    description: `Assets, liabilities and equity (with current earnings) at the start and end of the range. ${csv}`,
  },
  'GET /api/v1/accounting/accounts/:code/ledger': {
    operationId: 'getGeneralLedger',
    summary: 'General ledger of an account',
    description: `The account’s postings over \`from\`–\`to\` with the balance brought forward and a running balance, paged. ${csv}`,
    problems: notFound,
  },
  'GET /api/v1/accounting/reports/gross-margin': {
    operationId: 'getGrossMargin',
    summary: 'Gross margin',
    description: `Revenue less cost of goods sold by family, channel and/or location, margin in basis points. Store managers see their own stores only. ${csv}`,
  },
  'GET /api/v1/accounting/reports/stock-valuation': {
    operationId: 'getStockValuation',
    summary: 'Stock valuation',
    description: `Quantity and value of stock per location (transit included) at a moment (\`at\`). ${csv}`,
  },
  'GET /api/v1/accounting/reports/tax': {
    operationId: 'getTaxReport',
    summary: 'Tax report',
    description: `Taxable sales and tax collected by jurisdiction and period (\`interval\` all, month or day). ${csv}`,
  },
  'POST /api/v1/accounting/cash-sessions': {
    operationId: 'openCashSession',
    summary: 'Open a till cash session',
    description: 'Draws the float from the bank into the store’s till. One open session per till.',
    problems: { 409: ['not_a_store', 'cash_session_open', 'period_locked'], 422: ['unknown_reference'] },
  },
  'GET /api/v1/accounting/cash-sessions': {
    operationId: 'listCashSessions',
    summary: 'List till cash sessions',
    description: 'Sessions of the caller’s stores, filtered by location and status.',
  },
  'GET /api/v1/accounting/cash-sessions/:id': {
    operationId: 'getCashSession',
    summary: 'Get a till cash session',
    description: 'One session by id or number, with what the till expected and what was counted.',
    problems: notFound,
  },
  'POST /api/v1/accounting/cash-sessions/:id/close': {
    operationId: 'closeCashSession',
    summary: 'Close a till cash session',
    description: 'Counts the till: the difference from what was expected goes to cash over and short, and the counted cash is banked.',
    problems: { 404: ['not_found'], 409: ['invalid_state', 'period_locked'] },
  },
  'POST /api/v1/accounting/settlements': {
    operationId: 'importSettlement',
    summary: 'Import a payment provider settlement',
    description: 'A CSV of `date, reference, gross, fee, net` rows: each row matched to an order’s payment posts one entry; the others become reconciliation exceptions with a reason.',
    problems: { 409: ['period_locked'] },
  },
  'GET /api/v1/accounting/reconciliation/exceptions': {
    operationId: 'listReconciliationExceptions',
    summary: 'List reconciliation exceptions',
    description: 'Settlement rows that matched no payment, with the reason, filtered by settlement.',
  },
};
