// Goods arriving against a purchase order: the quantity counted per line (a part is fine). The server refuses a
// receipt beyond the over-receipt tolerance and names the line; its reason is shown next to that line.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { ProblemError, unwrap } from '../../api/problem.ts';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';

interface OrderLine {
  sku: string;
  quantity: number;
  received: number;
}

export function ReceiveForm({ order }: { order: { id: string; number: string; lines: OrderLine[] } }) {
  const queryClient = useQueryClient();
  const [counts, setCounts] = useState<Record<string, string>>(() =>
    Object.fromEntries(order.lines.map((line) => [line.sku, String(Math.max(0, line.quantity - line.received))])),
  );
  const [sent, setSent] = useState<string[]>([]);
  const receive = useMutation({
    mutationFn: async (lines: { sku: string; quantity: number }[]) => {
      setSent(lines.map((line) => line.sku));
      return unwrap(
        await api.POST('/api/v1/receipts', { body: { purchaseOrder: order.id, lines }, headers: { 'Idempotency-Key': crypto.randomUUID() } }),
      );
    },
    onSuccess: (receipt) => {
      // What is still expected after this receipt, so the same goods are not posted twice by a second click.
      const arrived = new Map(receipt.lines.map((line) => [line.sku, line.quantity]));
      setCounts(Object.fromEntries(order.lines.map((line) => [line.sku, String(Math.max(0, line.quantity - line.received - (arrived.get(line.sku) ?? 0)))])));
      void queryClient.invalidateQueries({ queryKey: ['purchase-order', order.number] });
      void queryClient.invalidateQueries({ queryKey: ['purchase-order', order.id] });
      void queryClient.invalidateQueries({ queryKey: ['purchase-orders'] });
    },
  });

  function lineError(sku: string): string | undefined {
    if (!(receive.error instanceof ProblemError)) return undefined;
    const index = sent.indexOf(sku);
    return index < 0 ? undefined : (receive.error.fieldMessage(`/lines/${index}/quantity`) ?? receive.error.fieldMessage(`/lines/${index}/sku`));
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const lines = order.lines.map((line) => ({ sku: line.sku, quantity: Number(counts[line.sku] ?? 0) })).filter((line) => line.quantity > 0);
    if (lines.length > 0) receive.mutate(lines);
  }

  return (
    <form onSubmit={submit} aria-labelledby="receive-title" className="card">
      <h2 id="receive-title">Receive goods</h2>
      <table className="data-table">
        <caption>Quantities arrived now</caption>
        <thead>
          <tr>
            <th scope="col">SKU</th>
            <th scope="col" className="num">
              Still expected
            </th>
            <th scope="col">Receiving now</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => {
            const error = lineError(line.sku);
            const errorId = `receive-${line.sku}-error`;
            return (
              <tr key={line.sku}>
                <td>{line.sku}</td>
                <td className="num">{Math.max(0, line.quantity - line.received)}</td>
                <td>
                  {/* The word is shown; the SKU, already in the row, is spelled out for screen readers only. */}
                  <label htmlFor={`receive-${line.sku}`}>
                    Receive<span className="visually-hidden"> {line.sku}</span>
                  </label>{' '}
                  <input
                    id={`receive-${line.sku}`}
                    className="qty-input"
                    type="number"
                    min={0}
                    step={1}
                    value={counts[line.sku] ?? ''}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? errorId : undefined}
                    onChange={(event) => setCounts({ ...counts, [line.sku]: event.target.value })}
                  />
                  {error && (
                    <div id={errorId} className="error">
                      {error}
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="actions">
        <button type="submit" disabled={receive.isPending}>
          Post receipt
        </button>
      </div>
      <ProblemMessage error={receive.error} />
      {receive.data && (
        <p role="status">
          Receipt {receive.data.number} posted; the order is now {receive.data.purchaseOrderStatus.replace('_', ' ')}.
        </p>
      )}
    </form>
  );
}
