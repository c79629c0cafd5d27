// Reads till cash sessions: one by id or number, or a page of them (newest first), within the actor's locations.
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import { NotFound } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { decodeCursor, toPage } from '../../../platform/http/cursor.ts';

export interface CashSession {
  id: string;
  number: string;
  location: string;
  locationId: string;
  status: 'open' | 'closed';
  float: number;
  openedAt: string;
  closedAt: string | null;
  expected: number | null;
  counted: number | null;
  difference: number | null;
}

interface CashSessionRow {
  id: string;
  number: string;
  location_code: string;
  location_id: string;
  status: 'open' | 'closed';
  opening_float: number;
  opened_at: Date | string;
  closed_at: Date | string | null;
  expected: number | null;
  counted: number | null;
  difference: number | null;
}

const SELECT = sql`SELECT s.id, s.number, l.code AS location_code, s.location_id, s.status, s.opening_float, s.opened_at, s.closed_at, s.expected, s.counted, s.difference
  FROM cash_session s JOIN location l ON l.id = s.location_id`;

const nullableNumber = (value: number | null) => (value === null ? null : Number(value));

function toCashSession(row: CashSessionRow): CashSession {
  return {
    id: row.id,
    number: row.number,
    location: row.location_code,
    locationId: row.location_id,
    status: row.status,
    float: Number(row.opening_float),
    openedAt: new Date(row.opened_at).toISOString(),
    closedAt: row.closed_at === null ? null : new Date(row.closed_at).toISOString(),
    expected: nullableNumber(row.expected),
    counted: nullableNumber(row.counted),
    difference: nullableNumber(row.difference),
  };
}

export async function getCashSession(db: Queryable, idOrNumber: string, options: { forUpdate?: boolean; actor?: Actor } = {}): Promise<CashSession> {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrNumber);
  const rows = await sql<CashSessionRow>`${SELECT} WHERE ${isUuid ? sql`s.id = ${idOrNumber}` : sql`s.number = ${idOrNumber}`}
    ${options.forUpdate ? sql`FOR UPDATE OF s` : sql``}`.execute(db);
  const row = rows.rows[0];
  const scope = options.actor?.locationIds;
  if (!row || (scope && !scope.includes(row.location_id))) throw new NotFound('Cash session', idOrNumber);
  return toCashSession(row);
}

export async function listCashSessions(db: Queryable, actor: Actor, input: { limit: number; cursor?: string; location?: string; status?: 'open' | 'closed' }) {
  const after = decodeCursor(input.cursor)?.[0];
  const conditions = [sql`true`];
  if (input.location) conditions.push(sql`l.code = ${input.location}`);
  if (input.status) conditions.push(sql`s.status = ${input.status}`);
  if (actor.locationIds) conditions.push(actor.locationIds.length > 0 ? sql`s.location_id IN (${sql.join(actor.locationIds)})` : sql`false`);
  if (typeof after === 'string') conditions.push(sql`s.number < ${after}`);
  const rows = await sql<CashSessionRow>`${SELECT} WHERE ${sql.join(conditions, sql` AND `)} ORDER BY s.number DESC LIMIT ${input.limit + 1}`.execute(db);
  return toPage(rows.rows, input.limit, toCashSession, (row) => [row.number]);
}
