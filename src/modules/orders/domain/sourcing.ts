// Sourcing for orders shipped to customers: fill the whole order from one location if any can (candidates
// come in preference order: warehouses by priority, then ship-from-store locations), else split across the
// fewest locations; what nobody has is left over (a backorder, or a refusal when backorders are not allowed).

export interface SourcingLine {
  key: number;
  productId: string;
  quantity: number;
}

export interface Allocation {
  key: number;
  productId: string;
  locationId: string;
  quantity: number;
}

export interface SourcingPlan {
  allocations: Allocation[];
  /** Units no candidate can supply, per line key. */
  shortfall: Map<number, number>;
}

/** available(locationId, productId) → units available there. */
export type Availability = (locationId: string, productId: string) => number;

const EXACT_SEARCH_MAX_LOCATIONS = 3;

export function planSourcing(lines: readonly SourcingLine[], candidates: readonly string[], available: Availability, allowSplit: boolean): SourcingPlan {
  const single = candidates.find((location) => covers([location], lines, available));
  if (single) return { allocations: allocateFrom([single], lines, available).allocations, shortfall: new Map() };
  if (!allowSplit) return { allocations: [], shortfall: new Map(lines.map((line) => [line.key, line.quantity])) };
  for (let size = 2; size <= Math.min(EXACT_SEARCH_MAX_LOCATIONS, candidates.length); size++) {
    for (const combination of combinations(candidates, size)) {
      if (covers(combination, lines, available)) return { allocations: allocateFrom(combination, lines, available).allocations, shortfall: new Map() };
    }
  }
  return allocateFrom(greedyOrder(candidates, lines, available), lines, available);
}

function covers(locations: readonly string[], lines: readonly SourcingLine[], available: Availability): boolean {
  return allocateFrom(locations, lines, available).shortfall.size === 0;
}

/** Takes each line from the locations in order, as much as each has left (lines may share a product). */
function allocateFrom(locations: readonly string[], lines: readonly SourcingLine[], available: Availability): SourcingPlan {
  const used = new Map<string, number>();
  const allocations: Allocation[] = [];
  const shortfall = new Map<number, number>();
  for (const line of lines) {
    let missing = line.quantity;
    for (const locationId of locations) {
      if (missing === 0) break;
      const key = `${locationId}|${line.productId}`;
      const left = available(locationId, line.productId) - (used.get(key) ?? 0);
      const take = Math.min(left, missing);
      if (take <= 0) continue;
      used.set(key, (used.get(key) ?? 0) + take);
      allocations.push({ key: line.key, productId: line.productId, locationId, quantity: take });
      missing -= take;
    }
    if (missing > 0) shortfall.set(line.key, missing);
  }
  return { allocations, shortfall };
}

/** Beyond the exact search: the locations ordered by how many of the order's units each can supply. */
function greedyOrder(candidates: readonly string[], lines: readonly SourcingLine[], available: Availability): string[] {
  const supply = (location: string) => lines.reduce((sum, line) => sum + Math.min(line.quantity, available(location, line.productId)), 0);
  return candidates
    .map((location, rank) => ({ location, rank, units: supply(location) }))
    .filter((candidate) => candidate.units > 0)
    .sort((a, b) => b.units - a.units || a.rank - b.rank)
    .map((candidate) => candidate.location);
}

function* combinations<T>(items: readonly T[], size: number, start = 0, prefix: T[] = []): Generator<T[]> {
  if (prefix.length === size) {
    yield prefix;
    return;
  }
  for (let i = start; i < items.length; i++) yield* combinations(items, size, i + 1, [...prefix, items[i] as T]);
}
