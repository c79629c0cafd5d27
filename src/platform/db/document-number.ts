// Document numbers: PREFIX-NNNNNN (at least six digits, zero-padded, growing past 999999), one gapless
// counter per document type. A number is taken inside the transaction that commits its document: the
// counter row stays locked until that transaction ends, so a failed request gives its number back, and
// concurrent writers of one type take their numbers one after another.
import { type RawBuilder, sql } from 'kysely';
import { assert } from '../../kernel/assert.ts';
import { NotFound } from '../../kernel/errors.ts';
import type { Queryable } from './database.ts';
import type { Context } from './unit-of-work.ts';

/**
 * Every numbered document: the table that holds it, what errors call it, and the names the audit trail
 * (entity) and the journal (source type) give it. Journal entries keep their number as an integer.
 */
export const DOCUMENT_TYPES = {
  SO: { table: 'sales_order', label: 'Order', names: ['order'] },
  RET: { table: 'return_document', label: 'Return', names: ['return'] },
  TRF: { table: 'transfer', label: 'Transfer', names: ['transfer'] },
  ADJ: { table: 'inventory_adjustment', label: 'Adjustment', names: ['adjustment'] },
  CNT: { table: 'inventory_count', label: 'Count', names: ['count'] },
  PO: { table: 'purchase_order', label: 'Purchase order', names: ['purchase_order'] },
  TD: { table: 'transfer_draft', label: 'Transfer draft', names: ['transfer_draft'] },
  RCP: { table: 'receipt', label: 'Receipt', names: ['receipt'] },
  BILL: { table: 'vendor_bill', label: 'Vendor bill', names: ['vendor_bill', 'bill'] },
  LC: { table: 'landed_cost', label: 'Landed cost', names: ['landed_cost'] },
  CS: { table: 'cash_session', label: 'Cash session', names: ['cash_session'] },
  STL: { table: 'settlement_import', label: 'Settlement', names: ['settlement'] },
  JE: { table: 'journal_entry', label: 'Journal entry', names: ['journal_entry'] },
} as const;

export type DocumentPrefix = keyof typeof DOCUMENT_TYPES;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function formatDocumentNumber(prefix: DocumentPrefix, value: number | string): string {
  return `${prefix}-${String(value).padStart(6, '0')}`;
}

export function documentNumberPattern(prefix: DocumentPrefix): RegExp {
  return new RegExp(`^${prefix}-\\d{6,}$`);
}

/** The document type an audit entity or journal source type names, if it is a numbered document. */
export function documentTypeNamed(name: string): DocumentPrefix | undefined {
  return (Object.keys(DOCUMENT_TYPES) as DocumentPrefix[]).find((prefix) => (DOCUMENT_TYPES[prefix].names as readonly string[]).includes(name));
}

/** Takes the type's next number; the counter row stays locked until the caller's transaction ends. */
export async function nextDocumentNumber(ctx: Context, prefix: DocumentPrefix): Promise<string> {
  const result = await sql<{ value: string }>`UPDATE document_counter SET last_value = last_value + 1 WHERE type = ${prefix}
    RETURNING last_value::text AS value`.execute(ctx.tx);
  const value = result.rows[0]?.value;
  assert(value !== undefined, `no document counter for ${prefix}`);
  return formatDocumentNumber(prefix, value);
}

/**
 * Numbers for the rows of one statement: `counter` is a CTE (name it `<name> AS (…)`) that advances the
 * type's counter by the number of rows in the CTE `rows`; `number(n)` is the n-th (1-based) of them.
 */
export function statementNumbers(prefix: DocumentPrefix, rows: string) {
  const count = sql`(SELECT count(*) FROM ${sql.table(rows)})`;
  return {
    counter: sql`(UPDATE document_counter SET last_value = last_value + ${count} WHERE type = ${prefix} RETURNING last_value - ${count} AS base)`,
    number: (counterName: string, n: RawBuilder<unknown>) => numberText(prefix, sql`(SELECT base FROM ${sql.table(counterName)}) + ${n}`),
  };
}

/** SQL text of a number from its integer value: PREFIX-, then at least six digits. */
export function numberText(prefix: DocumentPrefix, value: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`${prefix} || '-' || lpad((${value})::text, greatest(6, length((${value})::text)), '0')`;
}

/** SQL for the number of the document row aliased `alias`. */
export function numberColumn(prefix: DocumentPrefix, alias: string): RawBuilder<string> {
  return prefix === 'JE' ? numberText(prefix, sql.ref(`${alias}.number`)) : sql<string>`${sql.ref(`${alias}.number`)}`;
}

/** The numbers of those of `ids` that are documents of any type, by id (one round trip). */
export async function documentNumbers(db: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  const uuids = [...new Set(ids.filter((id) => UUID.test(id)))];
  if (uuids.length === 0) return new Map();
  const prefixes = Object.keys(DOCUMENT_TYPES) as DocumentPrefix[];
  const selects = prefixes.map(
    (prefix) => sql`SELECT d.id::text AS id, ${numberColumn(prefix, 'd')} AS number FROM ${sql.table(DOCUMENT_TYPES[prefix].table)} d WHERE d.id = ANY(${uuids}::uuid[])`,
  );
  const result = await sql<DocumentName>`${sql.join(selects, sql` UNION ALL `)}`.execute(db);
  return new Map(result.rows.map((row) => [row.id, row.number]));
}

export interface DocumentName {
  id: string;
  number: string;
}

/** The document named by its id or its number; undefined when there is none. */
export async function findDocument(db: Queryable, prefix: DocumentPrefix, key: string): Promise<DocumentName | undefined> {
  const byId = UUID.test(key);
  if (!byId && !documentNumberPattern(prefix).test(key)) return undefined;
  const { table } = DOCUMENT_TYPES[prefix];
  const value = byId || prefix !== 'JE' ? key : Number(key.slice(prefix.length + 1));
  const result = await sql<DocumentName>`SELECT d.id::text AS id, ${numberColumn(prefix, 'd')} AS number FROM ${sql.table(table)} d
    WHERE ${byId ? sql`d.id = ${key}::uuid` : sql`d.number = ${value}`}`.execute(db);
  return result.rows[0];
}

/** As findDocument, but an unknown document is 404 not_found. */
export async function resolveDocument(db: Queryable, prefix: DocumentPrefix, key: string): Promise<DocumentName> {
  const found = await findDocument(db, prefix, key);
  if (!found) throw new NotFound(DOCUMENT_TYPES[prefix].label, key);
  return found;
}
