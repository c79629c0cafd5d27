// Changes the company record everything hangs off (name, currency, default tax rate).
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { type Company, getCompany } from '../queries/get-company.ts';

export type UpdateCompanyInput = Partial<Company>;

export async function updateCompany(ctx: Context, input: UpdateCompanyInput): Promise<Company> {
  const before = await getCompany(ctx.tx);
  const after: Company = { ...before, ...input };
  await ctx.tx
    .updateTable('company')
    .set({ name: after.name, currency: after.currency, default_tax_rate: after.defaultTaxRate })
    .where('id', '=', 1)
    .execute();
  await ctx.audit({ action: 'company.updated', entity: 'company', entityId: '1', before, after });
  return after;
}
