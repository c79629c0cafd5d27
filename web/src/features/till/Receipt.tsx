// The printable receipt of a till sale: lines, tax and total exactly as the server charged them, and the change
// due when the customer paid cash.
import { useState } from 'react';
import { formatDateTime, type Money } from '../../app/useCompany.ts';


interface ReceiptProps {
  order: PlacedOrder;
  money: Money;
}

export interface PlacedOrder {
  number: string;
  placedAt: string;
  lines: { sku: string; quantity: number; unitPrice: number; tax: number }[];
  totals: { subtotal: number; tax: number; total: number };
  payment: { method: string; amount: number };
}

export function Receipt({ order, money }: ReceiptProps) {
  const [received, setReceived] = useState('');
  const receivedMinor = money.toMinor(received);
  return (
    <article className="card receipt" aria-label={`Receipt ${order.number}`}>
      <h2>Receipt {order.number}</h2>
      <p className="muted">{formatDateTime(order.placedAt)}</p>
      <table className="data-table">
        <caption>Items</caption>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.sku}>
              <td>
                {line.quantity} × {line.sku}
              </td>
              <td className="num">{money.format(line.unitPrice * line.quantity)}</td>
            </tr>
          ))}
          <tr>
            <td>Tax</td>
            <td className="num">{money.format(order.totals.tax)}</td>
          </tr>
          <tr>
            <th scope="row">Total</th>
            <td className="num">
              <strong>{money.format(order.totals.total)}</strong>
            </td>
          </tr>
        </tbody>
      </table>
      <p>Paid by {order.payment.method}.</p>
      {order.payment.method === 'cash' && (
        <div className="row no-print">
          <label>
            Cash received <input inputMode="decimal" value={received} onChange={(event) => setReceived(event.target.value)} />
          </label>
          {receivedMinor >= order.totals.total && <output>Change due {money.format(receivedMinor - order.totals.total)}</output>}
        </div>
      )}
      <button type="button" className="secondary no-print" onClick={() => window.print()}>
        Print receipt
      </button>
    </article>
  );
}
