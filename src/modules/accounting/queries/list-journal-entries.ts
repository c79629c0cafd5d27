// Journal entries a page at a time, in posting order or newest first, optionally those of one source document
// (order:SO-000042 or order:{id}, return:…, adjustment:…, count:…, transfer:…) or of one period.
import { sql } from 'kysely';
import { NotFound } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { documentTypeNamed, findDocument, formatDocumentNumber } from '../../../platform/db/document-number.ts';
import { decodeCursor, toPage } from '../../../platform/http/cursor.ts';
import type { Role } from '../domain/account.ts';
import type { TimeRange } from '../domain/period.ts';
import { periodFilter } from './period-filter.ts';

export interface JournalEntryView {
  id: string;
  number: string;
  date: string;
  source: string;
  description: string;
  lines: Array<{ account: string; name: string; role: Role | null; debit: number; credit: number }>;
}

export interface ListJournalEntriesInput {
  limit: number;
  cursor?: string;
  source?: string;
  range: TimeRange;
  /** Posting order, or newest first: what a person reading the journal usually wants. */
  order?: 'asc' | 'desc';
}

interface EntryRow {
  id: string;
  number: number;
  posted_at: Date | string;
  source_type: string;
  source_id: string;
  description: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Entries keep their number as an integer; the API shows it as every document number is shown. */
export function entryNumber(number: number): string {
  return formatDocumentNumber('JE', number);
}

export async function listJournalEntries(db: Queryable, input: ListJournalEntriesInput) {
  const after = decodeCursor(input.cursor)?.[0];
  const source = input.source === undefined ? sql`` : await sourceFilter(db, input.source);
  const newestFirst = input.order === 'desc';
  const pastCursor = typeof after !== 'number' ? sql`` : newestFirst ? sql`AND number < ${after}` : sql`AND number > ${after}`;
  const rows = await sql<EntryRow>`SELECT id, number, posted_at, source_type, source_id, description FROM journal_entry e
    WHERE true ${source} ${periodFilter(input.range, sql.ref('e.posted_at'))} ${pastCursor}
    ORDER BY number ${newestFirst ? sql`DESC` : sql`ASC`} LIMIT ${input.limit + 1}`.execute(db);
  const page = rows.rows.slice(0, input.limit);
  const views = await withLines(db, page);
  return toPage(rows.rows, input.limit, (row) => views.get(row.id) as JournalEntryView, (row) => [Number(row.number)]);
}

export async function getJournalEntry(db: Queryable, idOrNumber: string): Promise<JournalEntryView> {
  const number = /^JE-\d+$/.test(idOrNumber) ? Number(idOrNumber.slice(3)) : undefined;
  const isUuid = UUID.test(idOrNumber);
  if (number === undefined && !isUuid) throw new NotFound('Journal entry', idOrNumber);
  const where = number === undefined ? sql`id = ${idOrNumber}` : sql`number = ${number}`;
  const rows = await sql<EntryRow>`SELECT id, number, posted_at, source_type, source_id, description FROM journal_entry WHERE ${where}`.execute(db);
  const row = rows.rows[0];
  if (!row) throw new NotFound('Journal entry', idOrNumber);
  return (await withLines(db, [row])).get(row.id) as JournalEntryView;
}

/**
 * A document is named by its id or its number (order:SO-000042, order:{id}): entries name it by number,
 * those posted before numbers were used by id, so the filter matches either.
 */
async function sourceFilter(db: Queryable, source: string) {
  const colon = source.indexOf(':');
  const type = source.slice(0, colon);
  const key = source.slice(colon + 1);
  const prefix = documentTypeNamed(type);
  const document = prefix ? await findDocument(db, prefix, key) : undefined;
  const keys = document ? [document.id, document.number] : [key];
  return sql`AND source_type = ${type} AND source_id IN (${sql.join(keys)})`;
}

async function withLines(db: Queryable, entries: readonly EntryRow[]): Promise<Map<string, JournalEntryView>> {
  const views = new Map<string, JournalEntryView>();
  for (const row of entries) {
    views.set(row.id, {
      id: row.id,
      number: entryNumber(Number(row.number)),
      date: new Date(row.posted_at).toISOString(),
      source: `${row.source_type}:${row.source_id}`,
      description: row.description,
      lines: [],
    });
  }
  if (entries.length === 0) return views;
  const lines = await sql<{ entry_id: string; code: string; name: string; role: Role | null; debit: number; credit: number }>`
    SELECT l.entry_id, a.code, a.name, a.role, l.debit, l.credit FROM journal_line l JOIN account a ON a.id = l.account_id
     WHERE l.entry_id IN (${sql.join(entries.map((entry) => entry.id))}) ORDER BY l.entry_id, l.line_no`.execute(db);
  for (const line of lines.rows) {
    views.get(line.entry_id)?.lines.push({ account: line.code, name: line.name, role: line.role, debit: Number(line.debit), credit: Number(line.credit) });
  }
  return views;
}
