// Low stock: the active reorder rules of a location whose SKU's available units are at or below the rule's
// min, most short first. A SKU with no stock level recorded there has none available.

export interface Rule {
  sku: string;
  min: number;
  max: number;
  source: string;
  sourceLocation: string | null;
  trigger: string;
  active: boolean;
}

export interface Level {
  sku: string;
  onHand: number;
  reserved: number;
  available: number;
}

export interface LowStockRow extends Rule {
  onHand: number;
  reserved: number;
  available: number;
  /** Units to bring available back up to max. */
  toMax: number;
}

export function lowStock(rules: Rule[], levels: Level[]): LowStockRow[] {
  const bySku = new Map(levels.map((level) => [level.sku, level]));
  return rules
    .filter((rule) => rule.active)
    .map((rule) => {
      const level = bySku.get(rule.sku);
      const available = level?.available ?? 0;
      return { ...rule, onHand: level?.onHand ?? 0, reserved: level?.reserved ?? 0, available, toMax: Math.max(0, rule.max - available) };
    })
    .filter((row) => row.available <= row.min)
    .sort((a, b) => a.available - a.min - (b.available - b.min) || a.sku.localeCompare(b.sku));
}
