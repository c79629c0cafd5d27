// Which KPIs each reader's digest compares: sales, margin and returns for those who run stores and keep the
// books; supply for the buyer (who reads no sales reports).
import type { Role } from '../../../kernel/actor.ts';

const SALES = ['net_sales', 'gross_margin', 'return_rate'] as const;
const SUPPLY = ['fill_rate', 'otif', 'stockout_rate'] as const;

/** The roles that get a digest (the `digest.read` action); anyone else is refused with 403. */
export const DIGEST_ROLES = ['admin', 'store_manager', 'buyer', 'finance'] as const satisfies readonly Role[];

export function digestKpis(role: Role): readonly string[] {
  return role === 'buyer' ? SUPPLY : role === 'admin' || role === 'store_manager' || role === 'finance' ? SALES : [];
}

/** Whether the digest lists only the exceptions the reader's role owns (or that are assigned to them): all but the administrator. */
export function ownExceptionsOnly(role: Role): boolean {
  return role !== 'admin';
}
