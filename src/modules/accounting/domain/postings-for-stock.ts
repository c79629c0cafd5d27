// What stock documents post: adjustments and counts move inventory against inventory gain or loss, except
// a location's opening stock, which is equity the company starts with (opening balance), never income;
// a transfer's goods stay in inventory while in transit, and a short receipt is an inventory loss.
import { balanced, credit, debit, type Posting, type PostingLine } from './posting.ts';

export interface StockChangeLine {
  productId: string;
  /** Signed change in units: positive found, negative lost. */
  change: number;
  /** The cost of the units that changed (always ≥ 0). */
  value: number;
}

export interface StockChange {
  kind: 'adjustment' | 'count';
  documentId: string;
  locationId: string;
  lines: readonly StockChangeLine[];
  /** An opening-stock adjustment (reason `opening`): found units come from opening balance equity. */
  opening?: boolean;
}

export function postingForStockChange(change: StockChange): Posting {
  const lines: PostingLine[] = [];
  const found = change.opening ? 'opening_balance' : 'inventory_gain';
  for (const l of change.lines) {
    const dimensions = { productId: l.productId, locationId: change.locationId };
    if (l.change > 0) lines.push(debit({ purpose: 'inventory' }, l.value, dimensions), credit({ purpose: found }, l.value, dimensions));
    if (l.change < 0) lines.push(debit({ purpose: 'inventory_loss' }, l.value, dimensions), credit({ purpose: 'inventory' }, l.value, dimensions));
  }
  return balanced({
    kind: change.kind,
    source: { type: change.kind, id: change.documentId },
    description: `${change.kind === 'count' ? 'Cycle count' : change.opening ? 'Opening stock' : 'Stock adjustment'} ${change.documentId}`,
    channel: null,
    locationId: change.locationId,
    lines,
  });
}

export interface TransferShortfall {
  transferId: string;
  /** The transit location the missing units were written off from. */
  transitLocationId: string;
  shortfall: ReadonlyArray<{ productId: string; quantity: number; value: number }>;
}

export function postingForTransferShortfall(receipt: TransferShortfall): Posting {
  const lines = receipt.shortfall.flatMap((l) => {
    const dimensions = { productId: l.productId, locationId: receipt.transitLocationId };
    return [debit({ purpose: 'inventory_loss' }, l.value, dimensions), credit({ purpose: 'inventory' }, l.value, dimensions)];
  });
  return balanced({
    kind: 'transfer_shortfall',
    source: { type: 'transfer', id: receipt.transferId },
    description: `Units missing on receipt of transfer ${receipt.transferId}`,
    channel: null,
    locationId: receipt.transitLocationId,
    lines,
  });
}
