// HTTP routes of the accounting reports: P&L, balance sheet, general ledger, gross margin, stock valuation
// and tax by jurisdiction, each as JSON or (?format=csv) as a CSV export of the same rows.
import type { UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import type { HttpServer } from '../../../platform/http/http-server.ts';
import { accountingDate, echoPeriod, endOf, timeRange } from '../domain/period.ts';
import { getBalanceSheet, getProfitAndLoss } from '../queries/financial-statements.ts';
import { getGeneralLedger } from '../queries/general-ledger.ts';
import { getGrossMargin } from '../queries/gross-margin.ts';
import { reportLocations } from '../queries/report-locations.ts';
import { getStockValuation } from '../queries/stock-valuation.ts';
import { getTaxReport } from '../queries/tax-report.ts';
import { companyMoney, EXPORT_LIMIT, sendCsv, toCsv } from './csv.ts';
import {
  balanceSheetSchema,
  grossMarginQuery,
  grossMarginSchema,
  ledgerQuery,
  ledgerSchema,
  periodReportQuery,
  profitAndLossSchema,
  stockValuationQuery,
  stockValuationSchema,
  taxReportQuery,
  taxReportSchema,
} from './report-schemas.ts';
import { accountParams } from './schemas.ts';

const READ = { action: 'accounting.read' };
/** A CSV export is the whole period, not a page. */
export function registerReportRoutes(app: HttpServer, uow: UnitOfWork): void {
  const db = uow.database.kysely;
  const tags = ['accounting reports'];
  const money = () => companyMoney(db);

  app.get('/api/v1/accounting/reports/profit-and-loss', { config: READ, schema: { tags, querystring: periodReportQuery, response: { 200: profitAndLossSchema } } }, async (request, reply) => {
    const range = timeRange(request.query.from, request.query.to);
    const report = { ...echoPeriod(range), ...(await getProfitAndLoss(db, range)) };
    if (request.query.format !== 'csv') return report;
    const { currency, decimal } = await money();
    const rows = [...report.income.map((l) => ['income', l.code, l.name, l.role, decimal(l.amount), currency]), ...report.expenses.map((l) => ['expense', l.code, l.name, l.role, decimal(l.amount), currency])];
    return sendCsv(reply, 'profit-and-loss', toCsv(['section', 'code', 'name', 'role', 'amount', 'currency'], rows));
  });

  app.get('/api/v1/accounting/reports/balance-sheet', { config: READ, schema: { tags, querystring: periodReportQuery, response: { 200: balanceSheetSchema } } }, async (request, reply) => {
    const range = timeRange(request.query.from, request.query.to);
    const report = { ...echoPeriod(range), ...(await getBalanceSheet(db, range)) };
    if (request.query.format !== 'csv') return report;
    const { currency, decimal } = await money();
    const rows = (['assets', 'liabilities', 'equity'] as const).flatMap((section) => report[section].map((l) => [section, l.code, l.name, l.role, decimal(l.opening), decimal(l.closing), currency]));
    return sendCsv(reply, 'balance-sheet', toCsv(['section', 'code', 'name', 'role', 'opening', 'closing', 'currency'], rows));
  });

  app.get(
    '/api/v1/accounting/accounts/:code/ledger',
    { config: READ, schema: { tags, params: accountParams, querystring: ledgerQuery, response: { 200: ledgerSchema } } },
    async (request, reply) => {
      const csv = request.query.format === 'csv';
      const range = timeRange(request.query.from, request.query.to);
      const ledger = await getGeneralLedger(db, { code: request.params.code, range, limit: csv ? EXPORT_LIMIT : request.query.limit, cursor: csv ? undefined : request.query.cursor });
      if (!csv) return { ...echoPeriod(range), ...ledger };
      const { currency, decimal } = await money();
      const rows = ledger.items.map((l) => [l.number, l.date, l.source, l.description, decimal(l.debit), decimal(l.credit), decimal(l.balance), currency]);
      return sendCsv(reply, `ledger-${request.params.code}`, toCsv(['number', 'date', 'source', 'description', 'debit', 'credit', 'balance', 'currency'], rows));
    },
  );

  // Sales and margin, not the books: store managers read it too, for their own stores (reportLocations).
  app.get('/api/v1/accounting/reports/gross-margin', { config: { action: 'reports.sales' }, schema: { tags, querystring: grossMarginQuery, response: { 200: grossMarginSchema } } }, async (request, reply) => {
    const locationIds = await reportLocations(db, request.actor, request.query.location);
    const range = timeRange(request.query.from, request.query.to);
    const report = { ...echoPeriod(range), ...(await getGrossMargin(db, range, request.query.by, locationIds)) };
    if (request.query.format !== 'csv') return report;
    const { currency, decimal } = await money();
    const rows = report.items.map((item) => [...report.by.map((dimension) => item[dimension] ?? null), decimal(item.revenue), decimal(item.cogs), decimal(item.grossMargin), item.marginBasisPoints, currency]);
    return sendCsv(reply, 'gross-margin', toCsv([...report.by, 'revenue', 'cogs', 'grossMargin', 'marginBasisPoints', 'currency'], rows));
  });

  app.get('/api/v1/accounting/reports/stock-valuation', { config: READ, schema: { tags, querystring: stockValuationQuery, response: { 200: stockValuationSchema } } }, async (request, reply) => {
    const until = endOf(request.query.at, new Date());
    const report = await getStockValuation(db, until, request.query.location);
    if (request.query.format !== 'csv') return report;
    const { currency, decimal } = await money();
    const rows = report.items.map((item) => [item.location, item.kind, item.quantity, decimal(item.value), currency]);
    return sendCsv(reply, `stock-valuation-${accountingDate(until)}`, toCsv(['location', 'kind', 'quantity', 'value', 'currency'], rows));
  });

  // Tagged with the tax routes, where it was listed before the tax module left accounting.
  app.get('/api/v1/accounting/reports/tax', { config: READ, schema: { tags: ['accounting tax'], querystring: taxReportQuery, response: { 200: taxReportSchema } } }, async (request, reply) => {
    const range = timeRange(request.query.from, request.query.to);
    const report = { ...echoPeriod(range), ...(await getTaxReport(db, range, request.query.interval)) };
    if (request.query.format !== 'csv') return report;
    const { currency, decimal } = await money();
    const rows = report.items.map((row) => [row.jurisdiction, row.name, row.period, decimal(row.taxableSales), decimal(row.tax), currency]);
    return sendCsv(reply, 'tax-report', toCsv(['jurisdiction', 'name', 'period', 'taxableSales', 'tax', 'currency'], rows));
  });
}
