// The reconciliation exceptions: settlement rows that matched no order capture or refund, oldest first.
import { sql } from 'kysely';
import type { Queryable } from '../../../platform/db/database.ts';
import { decodeCursor, toPage } from '../../../platform/http/cursor.ts';

interface ExceptionRow {
  number: string;
  row_no: number;
  imported_at: Date | string;
  settled_on: string;
  reference: string;
  gross: number | null;
  fee: number | null;
  net: number | null;
  reason: string;
}

export async function listReconciliationExceptions(db: Queryable, input: { limit: number; cursor?: string; settlement?: string }) {
  const after = decodeCursor(input.cursor);
  const afterKey = after && typeof after[0] === 'string' && typeof after[1] === 'number' ? after : undefined;
  const rows = await sql<ExceptionRow>`SELECT i.number, s.row_no, i.imported_at, s.settled_on, s.reference, s.gross, s.fee, s.net, s.reason
      FROM settlement_line s JOIN settlement_import i ON i.id = s.import_id
     WHERE s.status = 'exception' ${input.settlement ? sql`AND i.number = ${input.settlement}` : sql``}
       ${afterKey ? sql`AND (i.number, s.row_no) > (${afterKey[0]}, ${afterKey[1]})` : sql``}
     ORDER BY i.number, s.row_no LIMIT ${input.limit + 1}`.execute(db);
  const amount = (value: number | null) => (value === null ? null : Number(value));
  return toPage(
    rows.rows,
    input.limit,
    (row) => ({
      settlement: row.number,
      row: row.row_no,
      importedAt: new Date(row.imported_at).toISOString(),
      date: row.settled_on,
      reference: row.reference,
      gross: amount(row.gross),
      fee: amount(row.fee),
      net: amount(row.net),
      reason: row.reason,
    }),
    (row) => [row.number, row.row_no],
  );
}
