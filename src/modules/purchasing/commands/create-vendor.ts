// Creates a vendor: a code people and documents refer to, payment terms, a default lead time and a contact.
import { randomUUID } from 'node:crypto';
import { Conflict } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { findVendorByCode, type Vendor } from '../queries/vendor-row.ts';

export interface VendorContact {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

export interface CreateVendorInput {
  code: string;
  name: string;
  paymentTermsDays?: number;
  leadTimeDays?: number;
  contact?: VendorContact;
}

export async function createVendor(ctx: Context, input: CreateVendorInput): Promise<Vendor> {
  if (await findVendorByCode(ctx.tx, input.code)) {
    throw new Conflict('already_exists', `Vendor ${input.code} already exists`, [{ path: '/code', message: 'already exists' }]);
  }
  const vendor: Vendor = {
    id: randomUUID(),
    code: input.code,
    name: input.name,
    paymentTermsDays: input.paymentTermsDays ?? 30,
    leadTimeDays: input.leadTimeDays ?? 7,
    contact: { name: input.contact?.name ?? null, email: input.contact?.email ?? null, phone: input.contact?.phone ?? null },
    active: true,
  };
  await ctx.tx
    .insertInto('vendor')
    .values({
      id: vendor.id,
      code: vendor.code,
      name: vendor.name,
      payment_terms_days: vendor.paymentTermsDays,
      lead_time_days: vendor.leadTimeDays,
      contact_name: vendor.contact.name,
      contact_email: vendor.contact.email,
      contact_phone: vendor.contact.phone,
      created_at: ctx.now,
      updated_at: ctx.now,
    })
    .execute();
  await ctx.audit({ action: 'vendor.created', entity: 'vendor', entityId: vendor.id, after: vendor });
  return vendor;
}
