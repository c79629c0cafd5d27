// The till's basket: scanned products with quantities. Prices shown are the catalogue's; the amounts charged
// (tax, totals) are the server's, from the placed order.
import { useState } from 'react';

export interface CartLine {
  sku: string;
  name: string;
  unitPrice: number;
  quantity: number;
}

export function useTillCart() {
  const [lines, setLines] = useState<CartLine[]>([]);

  function add(product: Omit<CartLine, 'quantity'>) {
    setLines((current) => {
      const existing = current.find((line) => line.sku === product.sku);
      if (existing) return current.map((line) => (line === existing ? { ...line, quantity: line.quantity + 1 } : line));
      return [...current, { ...product, quantity: 1 }];
    });
  }

  function setQuantity(sku: string, quantity: number) {
    setLines((current) => (quantity <= 0 ? current.filter((line) => line.sku !== sku) : current.map((line) => (line.sku === sku ? { ...line, quantity } : line))));
  }

  return { lines, add, setQuantity, clear: () => setLines([]) };
}
