// The returns desk: find any order by its number (a receipt carries it); for each line, how many come back, why,
// and whether they go back on the shelf; the refund is the server's, shown once the return is taken.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { ProblemError, unwrap } from '../../api/problem.ts';
import { useMoney } from '../../app/useCompany.ts';
import { ConfirmDialog } from '../../design/ConfirmDialog.tsx';
import { Field } from '../../design/Field.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import './returns.css';

const REASONS = [
  ['damaged', 'Damaged'],
  ['wrong_size', 'Wrong size'],
  ['changed_mind', 'Changed mind'],
  ['not_as_described', 'Not as described'],
  ['late_delivery', 'Late delivery'],
] as const;

type Disposition = 'restock' | 'scrap';

/** What the associate chose for one line of the order: how many come back, why, and where they go. */
interface LineChoice {
  quantity: number;
  reason: string;
  disposition: Disposition;
}

const NOTHING: LineChoice = { quantity: 0, reason: REASONS[0][0], disposition: 'restock' };

export function ReturnDesk({ location }: { location: string | undefined }) {
  const money = useMoney();
  const queryClient = useQueryClient();
  const [orderNumber, setOrderNumber] = useState('');
  const [returnAt, setReturnAt] = useState(location ?? '');
  const [choices, setChoices] = useState<Record<number, LineChoice>>({});
  const [confirming, setConfirming] = useState(false);

  const eligibility = useQuery({
    queryKey: ['return-eligibility', orderNumber],
    enabled: orderNumber !== '',
    queryFn: async () => unwrap(await api.GET('/api/v1/returns/eligibility', { params: { query: { order: orderNumber } } })),
  });
  const choiceOf = (lineNo: number) => choices[lineNo] ?? NOTHING;
  const choose = (lineNo: number, change: Partial<LineChoice>) => setChoices({ ...choices, [lineNo]: { ...choiceOf(lineNo), ...change } });
  const chosen = (eligibility.data?.lines ?? []).filter((line) => choiceOf(line.lineNo).quantity > 0);

  const take = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/returns', {
          body: { order: orderNumber, location: returnAt, lines: chosen.map((line) => ({ sku: line.sku, ...choiceOf(line.lineNo) })) },
          headers: { 'Idempotency-Key': crypto.randomUUID() },
        }),
      ),
    onSuccess: () => {
      setChoices({});
      return Promise.all([queryClient.invalidateQueries({ queryKey: ['returns'] }), queryClient.invalidateQueries({ queryKey: ['return-eligibility'] })]);
    },
  });
  const lineError = (index: number, field: keyof LineChoice) =>
    index >= 0 && take.error instanceof ProblemError ? take.error.fieldMessage(`/lines/${index}/${field}`) : undefined;

  return (
    <section aria-labelledby="desk-title" className="card" style={{ marginBottom: 16 }}>
      <h2 id="desk-title" style={{ marginTop: 0 }}>Take a return</h2>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          take.reset();
          setChoices({});
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
          <h3>
            Order {eligibility.data.order} ({eligibility.data.channel})
          </h3>
          <div className="return-lines">
            {eligibility.data.lines.map((line) => {
              const choice = choiceOf(line.lineNo);
              const index = chosen.indexOf(line);
              const id = `return-${line.lineNo}`;
              return (
                <fieldset key={line.lineNo} className="card" disabled={line.left === 0}>
                  <legend>
                    {line.sku}: {line.left} of {line.sold} left to return, paid {money.format(line.paid)}
                  </legend>
                  <div className="row">
                    <Field
                      label="Quantity to return"
                      type="number"
                      min={0}
                      max={line.left}
                      value={choice.quantity}
                      error={lineError(index, 'quantity')}
                      onChange={(event) => choose(line.lineNo, { quantity: Number(event.target.value) })}
                    />
                    <div className="field">
                      <label htmlFor={`${id}-reason`}>Reason</label>
                      <select id={`${id}-reason`} value={choice.reason} onChange={(event) => choose(line.lineNo, { reason: event.target.value })}>
                        {REASONS.map(([code, label]) => (
                          <option key={code} value={code}>
                            {label}
                          </option>
                        ))}
                      </select>
                    </div>
                    <div className="field">
                      <label htmlFor={`${id}-goods`}>The goods</label>
                      <select id={`${id}-goods`} value={choice.disposition} onChange={(event) => choose(line.lineNo, { disposition: event.target.value as Disposition })}>
                        <option value="restock">Restock</option>
                        <option value="scrap">Scrap</option>
                      </select>
                    </div>
                  </div>
                </fieldset>
              );
            })}
          </div>
          <button type="submit" disabled={chosen.length === 0 || take.isPending}>
            Take return
          </button>
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
          {chosen
            .map((line) => `${choiceOf(line.lineNo).quantity} × ${line.sku} (${choiceOf(line.lineNo).disposition === 'restock' ? 'back on the shelf' : 'scrapped'})`)
            .join(', ')}
          . The customer is refunded what they paid for these units.
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
