// How a completed order line's net amount is shared by the locations its units left from: grouped by location,
// ordered by location id, each gets floor(net × cumulative units ÷ line units) minus the previous floor — the
// same rule insights_backfill() applies in SQL, so the facts written live and rebuilt agree to the minor unit.

export interface LineShipment {
  locationId: string;
  quantity: number;
  cost: number;
}

export interface LocationShare {
  locationId: string;
  quantity: number;
  net: number;
  cost: number;
}

export function splitLineByLocation(net: number, lineQuantity: number, shipments: readonly LineShipment[]): LocationShare[] {
  const byLocation = new Map<string, { quantity: number; cost: number }>();
  for (const shipment of shipments) {
    const sum = byLocation.get(shipment.locationId) ?? { quantity: 0, cost: 0 };
    sum.quantity += shipment.quantity;
    sum.cost += shipment.cost;
    byLocation.set(shipment.locationId, sum);
  }
  let cumulative = 0;
  return [...byLocation.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([locationId, { quantity, cost }]) => {
      const before = Math.floor((net * cumulative) / lineQuantity);
      cumulative += quantity;
      return { locationId, quantity, cost, net: Math.floor((net * cumulative) / lineQuantity) - before };
    });
}
