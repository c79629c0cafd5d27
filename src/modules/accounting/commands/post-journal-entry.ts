// Writes a journal entry in one statement: the lines' accounts are looked up by purpose, the period lock is
// checked, the entry and all its lines are inserted — one round trip inside the document's transaction.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { assert } from '../../../kernel/assert.ts';
import { Conflict } from '../../../kernel/errors.ts';
import { documentNumbers, documentTypeNamed } from '../../../platform/db/document-number.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { accountingDate } from '../domain/period.ts';
import { type AccountRef, balanced, type Channel, type Posting } from '../domain/posting.ts';
import { openTillAccounts } from './till-accounts.ts';

export interface EntryHeader {
  kind: string;
  source: { type: string; id: string };
  description: string;
  channel?: Channel | null;
  locationId?: string | null;
  reversesId?: string | null;
}

/** A line for an account named directly (accountId) or by purpose (account). */
export interface EntryLine {
  accountId?: number;
  account?: AccountRef;
  debit: number;
  credit: number;
  productId?: string | null;
  locationId?: string | null;
}

export interface PostedEntry {
  id: string;
  number: number;
}

/** Posts a balanced posting dated ctx.now; returns null when it has nothing to post (every amount zero). */
export async function postJournalEntry(ctx: Context, draft: Posting): Promise<PostedEntry | null> {
  const posting = balanced(draft);
  if (posting.lines.length === 0) return null;
  return writeEntry(ctx, posting, posting.lines);
}

export async function writeEntry(ctx: Context, entryHeader: EntryHeader, lines: readonly EntryLine[]): Promise<PostedEntry> {
  const debits = lines.reduce((sum, line) => sum + line.debit, 0);
  const credits = lines.reduce((sum, line) => sum + line.credit, 0);
  assert(lines.length > 0 && debits === credits && debits > 0, `${entryHeader.kind} ${entryHeader.source.id} does not balance: ${debits} / ${credits}`);
  const header = await namedByNumber(ctx, entryHeader);
  let result = await insertEntry(ctx, header, lines, debits);
  if (result.open && !result.resolved) {
    // A till that takes cash for the first time (stores get theirs when created; this covers the rest).
    const tills = lines.flatMap((line) => (line.account?.purpose === 'cash_till' && line.account.locationId ? [line.account.locationId] : []));
    await openTillAccounts(ctx, [...new Set(tills)]);
    result = await insertEntry(ctx, header, lines, debits);
  }
  if (!result.open) throw await periodLocked(ctx, accountingDate(ctx.now));
  assert(result.resolved && result.number !== null, `${header.kind} ${header.source.id} names an account the chart does not have`);
  return { id: result.id, number: Number(result.number) };
}

const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * The journal names documents by number, as people do: the source (order:SO-000123) and the documents the
 * description mentions. Postings are built from events, which carry ids; the numbers are looked up here.
 */
async function namedByNumber(ctx: Context, header: EntryHeader): Promise<EntryHeader> {
  const mentioned = header.description.match(UUIDS) ?? [];
  const ids = documentTypeNamed(header.source.type) ? [header.source.id, ...mentioned] : mentioned;
  if (ids.length === 0) return header;
  const numbers = await documentNumbers(ctx.tx, ids);
  return {
    ...header,
    source: { type: header.source.type, id: numbers.get(header.source.id) ?? header.source.id },
    description: header.description.replace(UUIDS, (id) => numbers.get(id) ?? id),
  };
}

const NO_LOCATION = '00000000-0000-0000-0000-000000000000';

/**
 * Nothing is inserted unless every line found its account and the date is after the lock date. The lock is
 * read by the statement that inserts the entry, once it holds the journal's row lock; a change of the lock
 * date locks the journal table first, so it is either seen here or waits for this transaction to end.
 */
async function insertEntry(ctx: Context, header: EntryHeader, lines: readonly EntryLine[], total: number) {
  const id = randomUUID();
  const date = accountingDate(ctx.now);
  const values = lines.map(
    (line, index) => sql`(${index + 1}::int, ${line.accountId ?? null}::int, ${line.account?.purpose ?? null}::text, ${line.account?.locationId ?? null}::uuid,
      ${line.debit}::int8, ${line.credit}::int8, ${line.productId ?? null}::uuid, ${line.locationId ?? null}::uuid)`,
  );
  const result = await sql<{ number: number | null; resolved: boolean; open: boolean }>`
    WITH v (line_no, account_id, purpose, till, debit, credit, product_id, location_id) AS (VALUES ${sql.join(values)}),
    r AS (SELECT v.*, coalesce(v.account_id, a.id) AS resolved_id FROM v
            LEFT JOIN account a ON v.account_id IS NULL AND a.company_id = 1 AND a.purpose = v.purpose
                 AND coalesce(a.location_id, ${NO_LOCATION}::uuid) = coalesce(v.till, ${NO_LOCATION}::uuid)),
    ready AS (SELECT NOT EXISTS (SELECT 1 FROM r WHERE resolved_id IS NULL) AS resolved,
                     NOT EXISTS (SELECT 1 FROM accounting_settings WHERE company_id = 1 AND lock_date >= ${date}::date) AS open),
    -- The entry's number, taken only when the entry is written: the journal has no gaps.
    n AS (UPDATE document_counter SET last_value = last_value + 1 WHERE type = 'JE' AND (SELECT resolved AND open FROM ready) RETURNING last_value),
    entry AS (INSERT INTO journal_entry (id, number, posted_at, entry_date, source_type, source_id, kind, description, channel, location_id, reverses_id, actor_id, total)
              SELECT ${id}::uuid, n.last_value, ${ctx.now}::timestamptz, ${date}::date, ${header.source.type}, ${header.source.id}, ${header.kind},
                     ${header.description}, ${header.channel ?? null}, ${header.locationId ?? null}::uuid, ${header.reversesId ?? null}::uuid, ${ctx.actor.userId}::uuid, ${total}::int8
                FROM ready, n WHERE resolved AND open
              RETURNING id, number),
    written AS (INSERT INTO journal_line (entry_id, line_no, account_id, debit, credit, posted_at, product_id, location_id)
                SELECT entry.id, r.line_no, r.resolved_id, r.debit, r.credit, ${ctx.now}::timestamptz, r.product_id, r.location_id FROM entry, r
                RETURNING 1)
    SELECT (SELECT number FROM entry) AS number, resolved, open FROM ready`.execute(ctx.tx);
  const row = result.rows[0];
  assert(row, 'the journal insert returned nothing');
  return { id, number: row.number, resolved: row.resolved, open: row.open };
}

async function periodLocked(ctx: Context, date: string): Promise<Conflict> {
  const settings = await sql<{ lock_date: string }>`SELECT to_char(lock_date, 'YYYY-MM-DD') AS lock_date FROM accounting_settings WHERE company_id = 1`.execute(ctx.tx);
  const lockDate = settings.rows[0]?.lock_date ?? 'the lock date';
  return new Conflict('period_locked', `The books are locked up to ${lockDate}: nothing can be posted on ${date}`);
}
