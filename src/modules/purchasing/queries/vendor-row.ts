// How a vendor reads from the database and shows in the API.
import { sql } from 'kysely';
import { NotFound, UnknownReference } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';

export interface Vendor {
  id: string;
  code: string;
  name: string;
  paymentTermsDays: number;
  leadTimeDays: number;
  contact: { name: string | null; email: string | null; phone: string | null };
  active: boolean;
}

export interface VendorRow {
  id: string;
  code: string;
  name: string;
  payment_terms_days: number;
  lead_time_days: number;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  active: boolean;
}

export function toVendor(row: VendorRow): Vendor {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    paymentTermsDays: row.payment_terms_days,
    leadTimeDays: row.lead_time_days,
    contact: { name: row.contact_name, email: row.contact_email, phone: row.contact_phone },
    active: row.active,
  };
}

export async function findVendorByCode(db: Queryable, code: string, options: { forUpdate?: boolean } = {}): Promise<Vendor | undefined> {
  const result = await sql<VendorRow>`SELECT * FROM vendor WHERE code = ${code} ${options.forUpdate ? sql`FOR UPDATE` : sql``}`.execute(db);
  const row = result.rows[0];
  return row ? toVendor(row) : undefined;
}

export async function getVendor(db: Queryable, code: string): Promise<Vendor> {
  const vendor = await findVendorByCode(db, code);
  if (!vendor) throw new NotFound('Vendor', code);
  return vendor;
}

export async function vendorsByIds(db: Queryable, ids: readonly string[]): Promise<Map<string, Vendor>> {
  if (ids.length === 0) return new Map();
  const result = await sql<VendorRow>`SELECT * FROM vendor WHERE id = ANY(${[...new Set(ids)]}::uuid[])`.execute(db);
  return new Map(result.rows.map((row) => [row.id, toVendor(row)]));
}

/** A vendor named inside a request body: unknown is 422 unknown_reference. */
export async function resolveVendor(db: Queryable, code: string, path: string): Promise<Vendor> {
  const vendor = await findVendorByCode(db, code);
  if (!vendor) throw new UnknownReference('vendor', code, path);
  return vendor;
}
