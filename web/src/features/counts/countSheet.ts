// The arithmetic of a count sheet, apart from the screen: which SKUs were asked for, which lines were counted,
// and how a variance reads (signed, with a true minus sign).

/** The SKUs typed into the sheet's field: separated by spaces, commas or new lines, each once, in order. */
export function parseSkus(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((sku) => sku.trim()).filter(Boolean))];
}

export interface SheetRow {
  sku: string;
  onHand: number;
}

/**
 * The lines to post: every row whose counted quantity was entered (a row left blank was not counted). A
 * quantity that is not a whole number of zero or more is posted as typed, so the server names the line.
 */
export function countedLines(rows: SheetRow[], counted: Record<string, string>): { sku: string; counted: number }[] {
  return rows.filter((row) => (counted[row.sku] ?? '').trim() !== '').map((row) => ({ sku: row.sku, counted: Number(counted[row.sku]) }));
}

/** counted − on hand, as the books show them now (the server's own figure comes back after posting). */
export function expectedVariances(rows: SheetRow[], counted: Record<string, string>): { sku: string; variance: number }[] {
  const books = new Map(rows.map((row) => [row.sku, row.onHand]));
  return countedLines(rows, counted)
    .map((line) => ({ sku: line.sku, variance: line.counted - (books.get(line.sku) ?? 0) }))
    .filter((line) => Number.isFinite(line.variance) && line.variance !== 0);
}

/** "+3", "−2" (U+2212), "0". */
export function formatVariance(variance: number): string {
  if (variance > 0) return `+${variance}`;
  if (variance < 0) return `\u2212${Math.abs(variance)}`;
  return '0';
}

export interface CountLine {
  sku: string;
  variance: number;
  value?: number;
}

/** What a posted count changed: how many lines differ, the net units, and the net value when costs are visible. */
export function summarize(lines: CountLine[]): { differing: number; netUnits: number; netValue: number | undefined } {
  const withValue = lines.every((line) => line.value !== undefined);
  return {
    differing: lines.filter((line) => line.variance !== 0).length,
    netUnits: lines.reduce((sum, line) => sum + line.variance, 0),
    netValue: withValue ? lines.reduce((sum, line) => sum + (line.value ?? 0), 0) : undefined,
  };
}
