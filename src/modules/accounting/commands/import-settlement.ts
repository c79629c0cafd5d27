// Imports a payment provider's settlement file: every row is matched to an order by reference (its id or
// number); matched rows post one entry (gross out of clearing, fee to payment fees, net to the bank), the
// others are kept as reconciliation exceptions for finance to work through.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { InvalidInput } from '../../../kernel/errors.ts';
import { nextDocumentNumber } from '../../../platform/db/document-number.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import type { SettlementLinesUnmatched } from '../events.ts';
import { loadOrder } from '../../orders/index.ts';
import { matchSettlementRow, type OrderPayment, type SettlementMatch } from '../domain/match-settlement.ts';
import { postingForSettlement, type SettledRow } from '../domain/postings-for-cash.ts';
import { parseSettlementCsv, SettlementFileError, type SettlementRow } from '../domain/settlement-csv.ts';
import { entryNumber } from '../queries/list-journal-entries.ts';
import { postJournalEntry } from './post-journal-entry.ts';

const MAX_ROWS = 10_000;

export interface SettlementImport {
  id: string;
  number: string;
  filename: string | null;
  rows: number;
  matched: number;
  entry: string | null;
  exceptions: Array<{ row: number; date: string; reference: string; gross: number | null; fee: number | null; net: number | null; reason: string }>;
}

export async function importSettlement(ctx: Context, input: { csv: string; filename?: string }): Promise<SettlementImport> {
  const rows = parse(input.csv);
  const id = randomUUID();
  const number = await nextDocumentNumber(ctx, 'STL');
  const matches: Array<{ row: SettlementRow; match: SettlementMatch }> = [];
  const settledNow = new Map<string, { capture: boolean; refunds: number }>();
  for (const row of rows) {
    const payment = row.problem ? null : await orderPayment(ctx, row.reference);
    const before = payment ? await settledBefore(ctx, payment.orderId, settledNow) : { capture: false, refunds: 0 };
    const match = matchSettlementRow(row, payment, before);
    if (match.status === 'matched') {
      settledNow.set(match.orderId, { capture: before.capture || match.settled.gross > 0, refunds: before.refunds + Math.max(0, -match.settled.gross) });
    }
    matches.push({ row, match });
  }
  const settled = matches.flatMap(({ match }) => (match.status === 'matched' ? [match.settled as SettledRow] : []));
  const exceptions = matches.filter(({ match }) => match.status === 'exception');
  await sql`INSERT INTO settlement_import (id, number, filename, rows, matched, exceptions, actor_id, imported_at)
    VALUES (${id}, ${number}, ${input.filename ?? null}, ${rows.length}, ${settled.length}, ${exceptions.length}, ${ctx.actor.userId}, ${ctx.now})`.execute(ctx.tx);
  if (rows.length > 0) {
    await ctx.tx
      .insertInto('settlement_line')
      .values(
        matches.map(({ row, match }) => ({
          import_id: id,
          row_no: row.rowNo,
          settled_on: row.date.slice(0, 32),
          reference: row.reference.slice(0, 200),
          gross: row.gross,
          fee: row.fee,
          net: row.net,
          order_id: match.orderId,
          status: match.status,
          reason: match.status === 'exception' ? match.reason : null,
        })),
      )
      .execute();
  }
  const entry = settled.length > 0 ? await postJournalEntry(ctx, postingForSettlement({ importId: id, rows: settled })) : null;
  if (entry) await sql`UPDATE settlement_import SET entry_id = ${entry.id} WHERE id = ${id}`.execute(ctx.tx);
  const result: SettlementImport = {
    id,
    number,
    filename: input.filename ?? null,
    rows: rows.length,
    matched: settled.length,
    entry: entry ? entryNumber(entry.number) : null,
    exceptions: exceptions.map(({ row, match }) => ({
      row: row.rowNo,
      date: row.date,
      reference: row.reference,
      gross: row.gross,
      fee: row.fee,
      net: row.net,
      reason: match.status === 'exception' ? match.reason : '',
    })),
  };
  if (exceptions.length > 0) {
    const unmatched: SettlementLinesUnmatched = {
      type: 'accounting.settlement_lines_unmatched',
      payload: { importId: id, number, lines: result.exceptions.map((e) => ({ rowNo: e.row, reference: e.reference, gross: e.gross, reason: e.reason })) },
    };
    await ctx.emit(unmatched);
  }
  await ctx.audit({ action: 'settlement.imported', entity: 'settlement', entityId: id, after: { number, filename: result.filename, rows: result.rows, matched: result.matched } });
  return result;
}

function parse(csv: string): SettlementRow[] {
  try {
    const rows = parseSettlementCsv(csv);
    if (rows.length > MAX_ROWS) throw new SettlementFileError(`it has more than ${MAX_ROWS} rows`);
    return rows;
  } catch (error) {
    if (error instanceof SettlementFileError) throw new InvalidInput(`The settlement file cannot be read: ${error.message}`, [{ path: '/csv', message: error.message }]);
    throw error;
  }
}

async function orderPayment(ctx: Context, reference: string): Promise<OrderPayment | null> {
  try {
    const order = await loadOrder(ctx.tx, reference);
    return { orderId: order.id, method: order.payment.method, amount: order.payment.amount };
  } catch (error) {
    if ((error as { category?: string }).category === 'not_found') return null;
    throw error;
  }
}

async function settledBefore(ctx: Context, orderId: string, settledNow: Map<string, { capture: boolean; refunds: number }>) {
  const inThisFile = settledNow.get(orderId);
  if (inThisFile) return inThisFile;
  const rows = await sql<{ capture: boolean; refunds: number }>`SELECT coalesce(bool_or(gross > 0), false) AS capture,
      coalesce(-sum(gross) FILTER (WHERE gross < 0), 0)::int8 AS refunds
    FROM settlement_line WHERE order_id = ${orderId} AND status = 'matched'`.execute(ctx.tx);
  return { capture: Boolean(rows.rows[0]?.capture), refunds: Number(rows.rows[0]?.refunds ?? 0) };
}
