// Guards a barcode before it is stored: a valid GTIN, and no other product carrying the same GTIN.
import { Conflict, InvalidInput } from '../../../kernel/errors.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { gtinProblem } from '../domain/gtin.ts';
import { findProductByBarcode } from '../queries/find-products.ts';

/** The route's schema checks this too; commands called by seeding or other modules must not skip it. */
export function assertValidBarcode(barcode: string): void {
  const problem = gtinProblem(barcode);
  if (problem) throw new InvalidInput(`The barcode ${barcode} is not a valid GTIN`, [{ path: '/barcode', message: problem }]);
}

/** A racing insert of the same GTIN still fails on the unique index (23505, also 409 already_exists). */
export async function assertBarcodeFree(db: Queryable, barcode: string, exceptProductId?: string): Promise<void> {
  const holder = await findProductByBarcode(db, barcode);
  if (holder && holder.id !== exceptProductId) {
    throw new Conflict('already_exists', `Barcode ${barcode} is already used by product ${holder.sku}`, [
      { path: '/barcode', message: `already used by product ${holder.sku}` },
    ]);
  }
}
