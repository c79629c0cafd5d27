// The locations exceptions are raised at, through the network module: code for the summary, kind for the owner.
import type { Queryable } from '../../../platform/db/database.ts';
import { locationsByIds } from '../../network/index.ts';
import type { PlaceKind } from '../domain/exception-kind.ts';

export interface Place {
  id: string;
  code: string;
  kind: PlaceKind;
}

export async function placesByIds(db: Queryable, ids: readonly string[]): Promise<Map<string, Place>> {
  const locations = await locationsByIds(db, ids);
  return new Map(
    [...locations.values()].map((l) => [l.id, { id: l.id, code: l.code, kind: l.kind === 'store' || l.kind === 'warehouse' ? l.kind : 'other' }]),
  );
}
