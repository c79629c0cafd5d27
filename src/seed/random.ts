// The demo's seeded pseudo-random generator (mulberry32, as in the test suite's simulation) with the few
// distributions the generator needs: everything the demo contains follows from the seed (and the end date).

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  /** Uniform in [min, max). */
  between(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** Poisson-distributed count with the given mean. */
  poisson(mean: number): number;
  /** exp(N(0, sigma)): a positive factor around 1 with a long right tail. */
  logNormal(sigma: number): number;
  /** An index drawn with the given (non-negative) weights. */
  weighted(weights: readonly number[]): number;
  /** A new generator derived from this one, so one part of the demo can change without shifting the others. */
  fork(label: string): Random;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    chance: (probability) => next() < probability,
    poisson(mean) {
      if (mean <= 0) return 0;
      if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(next)));
      const limit = Math.exp(-mean);
      let count = 0;
      let product = next();
      while (product > limit) {
        count += 1;
        product *= next();
      }
      return count;
    },
    logNormal: (sigma) => Math.exp(sigma * normal(next)),
    weighted(weights) {
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      let roll = next() * total;
      for (const [index, weight] of weights.entries()) {
        roll -= weight;
        if (roll < 0) return index;
      }
      return weights.length - 1;
    },
    fork: (label) => seededRandom((Math.imul(hashLabel(label), 0x9e3779b1) ^ Math.floor(next() * 4294967296)) >>> 0),
  };
  return random;
}

/** A standard normal draw (Box–Muller). */
function normal(next: () => number): number {
  const u = 1 - next();
  const v = next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function hashLabel(label: string): number {
  let hash = 2166136261;
  for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 16777619);
  return hash >>> 0;
}

/** Cumulative weights for repeated weighted draws by binary search. */
export class WeightedTable<T> {
  readonly #items: T[];
  readonly #cumulative: Float64Array;

  constructor(items: ReadonlyArray<{ item: T; weight: number }>) {
    this.#items = items.map((entry) => entry.item);
    this.#cumulative = new Float64Array(items.length);
    let total = 0;
    for (const [index, entry] of items.entries()) {
      total += Math.max(0, entry.weight);
      this.#cumulative[index] = total;
    }
  }

  get size(): number {
    return this.#items.length;
  }

  get total(): number {
    return this.#items.length === 0 ? 0 : (this.#cumulative[this.#items.length - 1] as number);
  }

  draw(random: Random): T {
    const roll = random.next() * this.total;
    let low = 0;
    let high = this.#items.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.#cumulative[middle] as number) > roll) high = middle;
      else low = middle + 1;
    }
    return this.#items[low] as T;
  }
}
