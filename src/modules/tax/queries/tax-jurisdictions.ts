// Tax jurisdictions with their locations and rules, a page at a time by code.
import { sql } from 'kysely';
import { NotFound } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { decodeCursor, toPage } from '../../../platform/http/cursor.ts';

export interface Jurisdiction {
  code: string;
  name: string;
  pricesIncludeTax: boolean;
  locations: string[];
  rules: Array<{ taxCategory: string; rate: number }>;
}

interface JurisdictionRow {
  id: string;
  code: string;
  name: string;
  prices_include_tax: boolean;
}

export async function listJurisdictions(db: Queryable, input: { limit: number; cursor?: string }) {
  const after = decodeCursor(input.cursor)?.[0];
  const rows = await sql<JurisdictionRow>`SELECT id, code, name, prices_include_tax FROM tax_jurisdiction
    ${typeof after === 'string' ? sql`WHERE code > ${after}` : sql``} ORDER BY code LIMIT ${input.limit + 1}`.execute(db);
  const details = await withDetails(db, rows.rows.slice(0, input.limit));
  return toPage(rows.rows, input.limit, (row) => details.get(row.id) as Jurisdiction, (row) => [row.code]);
}

export async function findJurisdiction(db: Queryable, code: string): Promise<(Jurisdiction & { id: string }) | undefined> {
  const rows = await sql<JurisdictionRow>`SELECT id, code, name, prices_include_tax FROM tax_jurisdiction WHERE code = ${code}`.execute(db);
  const row = rows.rows[0];
  return row ? { id: row.id, ...((await withDetails(db, [row])).get(row.id) as Jurisdiction) } : undefined;
}

export async function getJurisdiction(db: Queryable, code: string): Promise<Jurisdiction> {
  const found = await findJurisdiction(db, code);
  if (!found) throw new NotFound('Tax jurisdiction', code);
  const { id: _id, ...jurisdiction } = found;
  return jurisdiction;
}

async function withDetails(db: Queryable, rows: readonly JurisdictionRow[]): Promise<Map<string, Jurisdiction>> {
  const result = new Map(rows.map((row) => [row.id, { code: row.code, name: row.name, pricesIncludeTax: row.prices_include_tax, locations: [] as string[], rules: [] as Jurisdiction['rules'] }]));
  if (rows.length === 0) return result;
  const ids = sql.join(rows.map((row) => row.id));
  const locations = await sql<{ jurisdiction_id: string; code: string }>`SELECT lj.jurisdiction_id, l.code FROM location_tax_jurisdiction lj
    JOIN location l ON l.id = lj.location_id WHERE lj.jurisdiction_id IN (${ids}) ORDER BY l.code`.execute(db);
  for (const row of locations.rows) result.get(row.jurisdiction_id)?.locations.push(row.code);
  const rules = await sql<{ jurisdiction_id: string; tax_category: string; rate: number }>`SELECT jurisdiction_id, tax_category, rate FROM tax_rule
    WHERE jurisdiction_id IN (${ids}) ORDER BY tax_category`.execute(db);
  for (const row of rules.rows) result.get(row.jurisdiction_id)?.rules.push({ taxCategory: row.tax_category, rate: row.rate });
  return result;
}
