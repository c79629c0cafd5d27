// The returns desk: find any order by its number (a receipt carries it), pick what comes back and how many,
// why, and whether it goes back on the shelf; the refund is the server's, shown once the return is taken.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { ProblemError, unwrap } from '../../api/problem.ts';
import { useMoney } from '../../app/useCompany.ts';
import { ConfirmDialog } from '../../design/ConfirmDialog.tsx';
import { Field } from '../../design/Field.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';

const REASONS = [
  ['damaged', 'Damaged'],
  ['wrong_size', 'Wrong size'],
  ['changed_mind', 'Changed mind'],
  ['not_as_described', 'Not as described'],
  ['late_delivery', 'Late delivery'],
] as const;

type Disposition = 'restock' | 'scrap';

export function ReturnDesk({ location }: { location: string | undefined }) {
  const money = useMoney();
  const queryClient = useQueryClient();
  const [orderNumber, setOrderNumber] = useState('');
  const [returnAt, setReturnAt] = useState(location ?? '');
  const [quantities, setQuantities] = useState<Record<number, number>>({});
  const [reason, setReason] = useState<string>(REASONS[0][0]);
  const [disposition, setDisposition] = useState<Disposition>('restock');
  const [confirming, setConfirming] = useState(false);

  const eligibility = useQuery({
    queryKey: ['return-eligibility', orderNumber],
    enabled: orderNumber !== '',
    queryFn: async () => unwrap(await api.GET('/api/v1/returns/eligibility', { params: { query: { order: orderNumber } } })),
  });
  const chosen = (eligibility.data?.lines ?? []).filter((line) => (quantities[line.lineNo] ?? 0) > 0);

  const take = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/returns', {
          body: { order: orderNumber, location: returnAt, lines: chosen.map((line) => ({ sku: line.sku, quantity: quantities[line.lineNo] ?? 0, reason, disposition })) },
          headers: { 'Idempotency-Key': crypto.randomUUID() },
        }),
      ),
    onSuccess: () => {
      setQuantities({});
      return Promise.all([queryClient.invalidateQueries({ queryKey: ['returns'] }), queryClient.invalidateQueries({ queryKey: ['return-eligibility'] })]);
    },
  });
  const lineError = (index: number) => (take.error instanceof ProblemError ? take.error.fieldMessage(`/lines/${index}/quantity`) : undefined);

  return (
    <section aria-labelledby="desk-title" className="card" style={{ marginBottom: 16 }}>
      <h2 id="desk-title" style={{ marginTop: 0 }}>Take a return</h2>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          take.reset();
          setQuantities({});
          setOrderNumber(String(new FormData(event.currentTarget).get('order') ?? '').trim());
        }}
      >
        <Field label="Order number" name="order" autoComplete="off" placeholder="SO-…" required />
        {!location && <Field label="Return at" value={returnAt} onChange={(event) => setReturnAt(event.target.value.trim())} required />}
        <button type="submit">Find order</button>
      </form>
      <ProblemMessage error={eligibility.error} />
      {eligibility.data && !eligibility.data.returnable && (
        <p>
          Order {eligibility.data.order} is {eligibility.data.status}: only completed orders take returns.
        </p>
      )}
      {eligibility.data?.returnable && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setConfirming(true);
          }}
        >
          <table className="data-table">
            <caption>
              Order {eligibility.data.order} ({eligibility.data.channel})
            </caption>
            <thead>
              <tr>
                <th scope="col">SKU</th>
                <th scope="col" className="num">Sold</th>
                <th scope="col" className="num">Left to return</th>
                <th scope="col" className="num">Paid</th>
                <th scope="col" className="num">Return</th>
              </tr>
            </thead>
            <tbody>
              {eligibility.data.lines.map((line) => {
                const index = chosen.indexOf(line);
                const error = index >= 0 ? lineError(index) : undefined;
                return (
                  <tr key={line.lineNo}>
                    <td>{line.sku}</td>
                    <td className="num">{line.sold}</td>
                    <td className="num">{line.left}</td>
                    <td className="num">{money.format(line.paid)}</td>
                    <td className="num">
                      <label className="visually-hidden" htmlFor={`return-${line.lineNo}`}>
                        Quantity to return of {line.sku}
                      </label>
                      <input
                        id={`return-${line.lineNo}`}
                        type="number"
                        min={0}
                        max={line.left}
                        disabled={line.left === 0}
                        value={quantities[line.lineNo] ?? 0}
                        aria-invalid={error ? true : undefined}
                        onChange={(event) => setQuantities({ ...quantities, [line.lineNo]: Number(event.target.value) })}
                        style={{ width: '5em' }}
                      />
                      {error && <div className="error">{error}</div>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="row" style={{ marginTop: 16 }}>
            <div className="field">
              <label htmlFor="return-reason">Reason</label>
              <select id="return-reason" value={reason} onChange={(event) => setReason(event.target.value)}>
                {REASONS.map(([code, label]) => (
                  <option key={code} value={code}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <fieldset>
              <legend>The goods</legend>
              <label>
                <input type="radio" name="disposition" checked={disposition === 'restock'} onChange={() => setDisposition('restock')} /> Restock
              </label>{' '}
              <label>
                <input type="radio" name="disposition" checked={disposition === 'scrap'} onChange={() => setDisposition('scrap')} /> Scrap
              </label>
            </fieldset>
            <button type="submit" disabled={chosen.length === 0 || take.isPending}>
              Take return
            </button>
          </div>
        </form>
      )}
      <ConfirmDialog
        open={confirming}
        title={`Refund a return on ${eligibility.data?.order ?? ''}?`}
        confirmLabel="Take return and refund"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          take.mutate();
        }}
      >
        <p>
          {chosen.map((line) => `${quantities[line.lineNo]} × ${line.sku}`).join(', ')} — {disposition === 'restock' ? 'back on the shelf' : 'scrapped'}. The
          customer is refunded what they paid for these units.
        </p>
      </ConfirmDialog>
      <ProblemMessage error={take.error} />
      {take.data && (
        <p role="status">
          Return {take.data.number} taken: refund {money.format(take.data.refund.amount)} ({take.data.refund.method}).
        </p>
      )}
    </section>
  );
}
