// The till's basket as plain data: which products, how many of each. Prices and totals are not here on purpose:
// they are the server's quote (useTillQuote), so the till never shows an amount the sale would not charge.

export interface BasketLine {
  sku: string;
  name: string;
  quantity: number;
}

/** A scan adds one unit: a product already in the basket gets one more, a new one a line of its own at the end. */
export function addOne(lines: readonly BasketLine[], product: Omit<BasketLine, 'quantity'>): BasketLine[] {
  const existing = lines.find((line) => line.sku === product.sku);
  if (existing) return lines.map((line) => (line === existing ? { ...line, quantity: line.quantity + 1 } : line));
  return [...lines, { ...product, quantity: 1 }];
}

/** A typed quantity: zero or less removes the line; anything not a whole number leaves the basket as it was. */
export function withQuantity(lines: readonly BasketLine[], sku: string, quantity: number): BasketLine[] {
  if (!Number.isInteger(quantity)) return [...lines];
  if (quantity <= 0) return lines.filter((line) => line.sku !== sku);
  return lines.map((line) => (line.sku === sku ? { ...line, quantity } : line));
}
