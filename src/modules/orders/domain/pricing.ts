// Prices and tax of order lines. Tax is computed per line on the net amount and rounded half-up once,
// by the kernel's one rounding function; order totals are sums of the lines, so they always add up.
import { applyRate } from '../../../kernel/money.ts';

export interface LinePriceInput {
  quantity: number;
  unitPrice: number;
  discount: number;
  taxRate: number;
}

export interface PricedLine {
  subtotal: number;
  discount: number;
  net: number;
  tax: number;
  total: number;
}

export function priceLine(line: LinePriceInput): PricedLine {
  const subtotal = line.quantity * line.unitPrice;
  const net = subtotal - line.discount;
  const tax = applyRate(net, line.taxRate);
  return { subtotal, discount: line.discount, net, tax, total: net + tax };
}

export interface OrderTotals {
  subtotal: number;
  discount: number;
  tax: number;
  total: number;
}

export function sumTotals(lines: readonly PricedLine[]): OrderTotals {
  const totals = { subtotal: 0, discount: 0, tax: 0, total: 0 };
  for (const line of lines) {
    totals.subtotal += line.subtotal;
    totals.discount += line.discount;
    totals.tax += line.tax;
    totals.total += line.total;
  }
  return totals;
}
