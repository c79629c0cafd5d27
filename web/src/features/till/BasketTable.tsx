// The basket at the till: each line's quantity can be typed, and every amount — price, tax, line amount and the
// totals — is the server's quote, never arithmetic done here. Until the first quote arrives, amounts read "…".
import type { Money } from '../../app/useCompany.ts';
import type { BasketLine } from './basket.ts';
import { quoteOfBasket, type TillQuote } from './quote.ts';

interface BasketTableProps {
  lines: readonly BasketLine[];
  quote: TillQuote | undefined;
  money: Money;
  onQuantity: (sku: string, quantity: number) => void;
}

export function BasketTable({ lines, quote, money, onQuantity }: BasketTableProps) {
  // A quote of an earlier basket is shown only for the lines it priced at the quantity now in the basket.
  const quoted = (line: BasketLine) => quote?.lines.find((priced) => priced.sku === line.sku && priced.quantity === line.quantity);
  const current = quoteOfBasket(quote, lines);
  const amount = (value: number | undefined) => (value === undefined ? '…' : money.format(value));
  return (
    <table className="data-table basket">
      <caption>Basket</caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col" className="num">
            Price
          </th>
          <th scope="col" className="num">
            Quantity
          </th>
          <th scope="col" className="num">
            Tax
          </th>
          <th scope="col" className="num">
            Amount
          </th>
          <td />
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.sku}>
            <td>
              <label htmlFor={`qty-${line.sku}`}>
                {line.name} <span className="muted">{line.sku}</span>
              </label>
            </td>
            <td className="num">{amount(quoted(line)?.unitPrice)}</td>
            <td className="num">
              <input id={`qty-${line.sku}`} type="number" min={0} step={1} value={line.quantity} onChange={(event) => onQuantity(line.sku, Number(event.target.value))} />
            </td>
            <td className="num">{amount(quoted(line)?.tax)}</td>
            <td className="num">{amount(quoted(line)?.total)}</td>
            <td>
              <button type="button" className="secondary" aria-label={`Remove ${line.name}`} onClick={() => onQuantity(line.sku, 0)}>
                Remove
              </button>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={4}>
            Tax
          </th>
          <td className="num">{amount(current?.totals.tax)}</td>
          <td />
        </tr>
        <tr>
          <th scope="row" colSpan={4}>
            Total
          </th>
          <td className="num">
            <strong>{amount(current?.totals.total)}</strong>
          </td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
