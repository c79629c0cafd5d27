// Words for a three-way-match exception: what the order and the receipts allow against what the bill says.
export interface MatchException {
  sku: string;
  kind: 'quantity' | 'price';
  expected: number;
  actual: number;
}

export function exceptionReason(exception: MatchException, formatMoney: (minor: number) => string): string {
  if (exception.kind === 'price') {
    const way = exception.actual > exception.expected ? 'above' : 'below';
    return `Price mismatch on ${exception.sku}: billed ${formatMoney(exception.actual)} a unit, ${way} the order’s ${formatMoney(exception.expected)}`;
  }
  return `Quantity mismatch on ${exception.sku}: ${exception.actual} billed in all, ${exception.expected} received (within tolerance)`;
}

export function billStatusLabel(status: string): string {
  return status === 'on_hold' ? 'on hold' : status;
}

/** Exceptions of one bill together, in the order the API listed them (oldest bill first). */
export function groupByBill<T extends { billId: string }>(items: T[]): { billId: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.billId, [...(groups.get(item.billId) ?? []), item]);
  return [...groups].map(([billId, grouped]) => ({ billId, items: grouped }));
}
