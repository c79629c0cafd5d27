// Reads one transfer; out of the actor's scope it does not exist (404).
import type { Actor } from '../../../kernel/actor.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import { assertMaySee } from '../../identity/index.ts';
import { loadTransfer } from './load-transfer.ts';
import { type TransferView, toTransferView } from './transfer-view.ts';

export async function getTransfer(db: Queryable, actor: Actor, idOrNumber: string): Promise<TransferView> {
  const transfer = await loadTransfer(db, idOrNumber);
  assertMaySee(actor, [transfer.fromLocationId, transfer.toLocationId], 'Transfer', idOrNumber);
  return toTransferView(transfer);
}
