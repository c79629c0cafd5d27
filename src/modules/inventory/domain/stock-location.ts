// Which locations hold valued stock: warehouses, stores and goods in transit between them.
// Moves between two of them keep the company's valuation; moves to or from any other location change it.

export interface StockLocation {
  id: string;
  code: string;
  kind: string;
}

export function isValued(location: StockLocation): boolean {
  return location.kind === 'warehouse' || location.kind === 'store' || location.kind === 'transit';
}
