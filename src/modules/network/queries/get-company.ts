// Reads the company record.
import type { Queryable } from '../../../platform/db/database.ts';

export interface Company {
  name: string;
  currency: string;
  defaultTaxRate: number;
}

export async function getCompany(db: Queryable): Promise<Company> {
  const row = await db.selectFrom('company').select(['name', 'currency', 'default_tax_rate']).where('id', '=', 1).executeTakeFirstOrThrow();
  return { name: row.name, currency: row.currency.trim(), defaultTaxRate: row.default_tax_rate };
}
