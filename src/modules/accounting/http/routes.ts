// HTTP routes of accounting's core: the chart of accounts, the journal, the trial balance and the period lock.
// Reads need accounting.read (finance, analyst, admin); writes need accounting.write (finance, admin).
import type { UnitOfWork } from '../../../platform/db/unit-of-work.ts';
import type { HttpServer } from '../../../platform/http/http-server.ts';
import { page } from '../../../platform/http/schemas.ts';
import { writeCommand } from '../../../platform/http/write-command.ts';
import { archiveAccount, createAccount, renameAccount } from '../commands/change-accounts.ts';
import { postManualEntry, reverseJournalEntry } from '../commands/post-manual-entry.ts';
import { setPeriodLock } from '../commands/set-period-lock.ts';
import { echoPeriod, timeRange } from '../domain/period.ts';
import { getAccount, listAccounts } from '../queries/find-accounts.ts';
import { getPeriodLock } from '../queries/get-period-lock.ts';
import { getJournalEntry, listJournalEntries } from '../queries/list-journal-entries.ts';
import { getTrialBalance } from '../queries/trial-balance.ts';
import { getCompany } from '../../network/index.ts';
import { moneyWriter, sendCsv, toCsv } from './csv.ts';
import { registerCashRoutes } from './cash-routes.ts';
import { registerReportRoutes } from './report-routes.ts';
import {
  accountParams,
  accountSchema,
  createAccountBody,
  journalEntriesQuery,
  journalEntryParams,
  journalEntrySchema,
  listAccountsQuery,
  manualEntryBody,
  periodLockBody,
  periodLockSchema,
  trialBalanceQuery,
  trialBalanceSchema,
  updateAccountBody,
} from './schemas.ts';

const READ = { action: 'accounting.read' };
const WRITE = { action: 'accounting.write' };

export function registerAccountingRoutes(app: HttpServer, uow: UnitOfWork): void {
  const db = uow.database.kysely;
  const tags = ['accounting'];

  app.get('/api/v1/accounting/accounts', { config: READ, schema: { tags, querystring: listAccountsQuery, response: { 200: page(accountSchema) } } }, (request) =>
    listAccounts(db, { ...request.query, includeArchived: request.query.includeArchived === 'true' }),
  );

  app.get('/api/v1/accounting/accounts/:code', { config: READ, schema: { tags, params: accountParams, response: { 200: accountSchema } } }, (request) =>
    getAccount(db, request.params.code),
  );

  app.post('/api/v1/accounting/accounts', { config: WRITE, schema: { tags, body: createAccountBody, response: { 201: accountSchema } } }, (request, reply) =>
    writeCommand(uow, request, reply, 201, (ctx) => createAccount(ctx, request.body)),
  );

  app.post(
    '/api/v1/accounting/accounts/:code',
    { config: WRITE, schema: { tags, params: accountParams, body: updateAccountBody, response: { 200: accountSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => renameAccount(ctx, request.params.code, request.body.name)),
  );

  app.post(
    '/api/v1/accounting/accounts/:code/archive',
    { config: WRITE, schema: { tags, params: accountParams, response: { 200: accountSchema } } },
    (request, reply) => writeCommand(uow, request, reply, 200, (ctx) => archiveAccount(ctx, request.params.code)),
  );

  app.get('/api/v1/accounting/trial-balance', { config: READ, schema: { tags, querystring: trialBalanceQuery, response: { 200: trialBalanceSchema } } }, async (request, reply) => {
    const range = timeRange(request.query.from, request.query.to);
    const balance = { ...echoPeriod(range), ...(await getTrialBalance(db, range)) };
    if (request.query.format !== 'csv') return balance;
    const { currency } = await getCompany(db);
    const decimal = moneyWriter(currency);
    const rows = balance.accounts.map((a) => [a.code, a.name, a.type, a.role, decimal(a.debit), decimal(a.credit), decimal(a.balance), currency]);
    return sendCsv(reply, 'trial-balance', toCsv(['code', 'name', 'type', 'role', 'debit', 'credit', 'balance', 'currency'], rows));
  });

  app.get('/api/v1/accounting/journal-entries', { config: READ, schema: { tags, querystring: journalEntriesQuery, response: { 200: page(journalEntrySchema) } } }, (request) =>
    listJournalEntries(db, { ...request.query, range: timeRange(request.query.from, request.query.to) }),
  );

  app.get('/api/v1/accounting/journal-entries/:id', { config: READ, schema: { tags, params: journalEntryParams, response: { 200: journalEntrySchema } } }, (request) =>
    getJournalEntry(db, request.params.id),
  );

  app.post('/api/v1/accounting/journal-entries', { config: WRITE, schema: { tags, body: manualEntryBody, response: { 201: journalEntrySchema } } }, (request, reply) =>
    writeCommand(uow, request, reply, 201, (ctx) => postManualEntry(ctx, request.body)),
  );

  app.post(
    '/api/v1/accounting/journal-entries/:id/reverse',
    { config: WRITE, schema: { tags, params: journalEntryParams, response: { 201: journalEntrySchema } } },
    (request, reply) => writeCommand(uow, request, reply, 201, (ctx) => reverseJournalEntry(ctx, request.params.id)),
  );

  app.get('/api/v1/accounting/period-lock', { config: READ, schema: { tags, response: { 200: periodLockSchema } } }, () => getPeriodLock(db));

  app.post('/api/v1/accounting/period-lock', { config: WRITE, schema: { tags, body: periodLockBody, response: { 200: periodLockSchema } } }, (request, reply) =>
    writeCommand(uow, request, reply, 200, (ctx) => setPeriodLock(ctx, request.body.lockDate)),
  );

  registerReportRoutes(app, uow);
  registerCashRoutes(app, uow);
}
