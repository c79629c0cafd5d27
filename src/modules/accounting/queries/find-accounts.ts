// Reads accounts of the chart: one by code, or a page of them in code order.
import { sql } from 'kysely';
import { NotFound } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { decodeCursor, toPage } from '../../../platform/http/cursor.ts';
import type { Account, AccountType, Purpose, Role } from '../domain/account.ts';

export interface AccountRow {
  id: number;
  code: string;
  name: string;
  type: AccountType;
  role: Role | null;
  purpose: Purpose | null;
  location_code: string | null;
  archived: boolean;
}

const SELECT_ACCOUNT = sql`SELECT a.id, a.code, a.name, a.type, a.role, a.purpose, l.code AS location_code, a.archived
  FROM account a LEFT JOIN location l ON l.id = a.location_id`;

export function toAccount(row: AccountRow): Account {
  return { code: row.code, name: row.name, type: row.type, role: row.role, purpose: row.purpose, location: row.location_code, archived: row.archived };
}

export async function findAccount(db: Queryable, code: string, options: { forUpdate?: boolean } = {}): Promise<AccountRow | undefined> {
  const lock = options.forUpdate ? sql`FOR UPDATE OF a` : sql``;
  const result = await sql<AccountRow>`${SELECT_ACCOUNT} WHERE a.company_id = 1 AND a.code = ${code} ${lock}`.execute(db);
  return result.rows[0];
}

export async function getAccount(db: Queryable, code: string): Promise<Account> {
  const row = await findAccount(db, code);
  if (!row) throw new NotFound('Account', code);
  return toAccount(row);
}

export async function listAccounts(db: Queryable, input: { limit: number; cursor?: string; includeArchived?: boolean }) {
  const after = decodeCursor(input.cursor)?.[0];
  const result = await sql<AccountRow>`${SELECT_ACCOUNT} WHERE a.company_id = 1
    ${input.includeArchived ? sql`` : sql`AND NOT a.archived`} ${typeof after === 'string' ? sql`AND a.code > ${after}` : sql``}
    ORDER BY a.code LIMIT ${input.limit + 1}`.execute(db);
  return toPage(result.rows, input.limit, toAccount, (row) => [row.code]);
}

/** Accounts by code for a document that names several (a manual entry); unknown or archived ones are 422. */
export async function accountsByCodes(db: Queryable, codes: readonly string[]): Promise<Map<string, AccountRow>> {
  if (codes.length === 0) return new Map();
  const result = await sql<AccountRow>`${SELECT_ACCOUNT} WHERE a.company_id = 1 AND a.code IN (${sql.join([...new Set(codes)])})`.execute(db);
  return new Map(result.rows.map((row) => [row.code, row]));
}
