// Resolves a location named in a request to one that holds stock, checking the actor may act there.
import { Conflict } from '../../../kernel/errors.ts';
import type { Context } from '../../../platform/db/unit-of-work.ts';
import { assertMayActAt } from '../../identity/index.ts';
import { holdsStock, type Location, resolveLocation } from '../../network/index.ts';

export async function resolveStockLocation(ctx: Context, code: string, path: string, options: { act?: boolean } = {}): Promise<Location> {
  const location = await resolveLocation(ctx.tx, code, path);
  if (!holdsStock(location)) {
    throw new Conflict('location_holds_no_stock', `${code} is an ${location.kind} location and holds no stock`, [{ path, message: 'holds no stock' }]);
  }
  if (options.act !== false) assertMayActAt(ctx.actor, location.id, location.code);
  return location;
}
