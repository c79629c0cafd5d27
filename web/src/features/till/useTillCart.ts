// The till's basket held in the screen's state; see basket.ts for its rules.
import { useState } from 'react';
import { addOne, type BasketLine, withQuantity } from './basket.ts';

export function useTillCart() {
  const [lines, setLines] = useState<BasketLine[]>([]);
  return {
    lines,
    add: (product: Omit<BasketLine, 'quantity'>) => setLines((current) => addOne(current, product)),
    setQuantity: (sku: string, quantity: number) => setLines((current) => withQuantity(current, sku, quantity)),
    clear: () => setLines([]),
  };
}
