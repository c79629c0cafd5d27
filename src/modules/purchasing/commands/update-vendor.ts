// Changes a vendor's name, terms, lead time, contact or active flag; the code stays. Audited before and after.
import { NotFound } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { findVendorByCode, type Vendor } from '../queries/vendor-row.ts';
import type { VendorContact } from './create-vendor.ts';

export interface UpdateVendorInput {
  name?: string;
  paymentTermsDays?: number;
  leadTimeDays?: number;
  contact?: VendorContact;
  active?: boolean;
}

export async function updateVendor(ctx: Context, code: string, input: UpdateVendorInput): Promise<Vendor> {
  const before = await findVendorByCode(ctx.tx, code, { forUpdate: true });
  if (!before) throw new NotFound('Vendor', code);
  const after: Vendor = {
    ...before,
    name: input.name ?? before.name,
    paymentTermsDays: input.paymentTermsDays ?? before.paymentTermsDays,
    leadTimeDays: input.leadTimeDays ?? before.leadTimeDays,
    contact: { ...before.contact, ...stripUndefined(input.contact ?? {}) },
    active: input.active ?? before.active,
  };
  await ctx.tx
    .updateTable('vendor')
    .set({
      name: after.name,
      payment_terms_days: after.paymentTermsDays,
      lead_time_days: after.leadTimeDays,
      contact_name: after.contact.name,
      contact_email: after.contact.email,
      contact_phone: after.contact.phone,
      active: after.active,
      updated_at: ctx.now,
    })
    .where('id', '=', before.id)
    .execute();
  await ctx.audit({ action: 'vendor.updated', entity: 'vendor', entityId: before.id, before, after });
  return after;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
