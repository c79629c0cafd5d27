// Accounts payable records the vendor's bill against a purchase order: per order line the quantity and unit price
// billed. The server matches it three ways (ordered, received, billed) and answers matched (posted) or on hold with
// its exceptions, shown here with their reasons.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { ProblemError, unwrap } from '../../api/problem.ts';
import { useMoney } from '../../app/useCompany.ts';
import { Field } from '../../design/Field.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { exceptionReason } from './bills.ts';
import { minorToInput } from './money-input.ts';

interface OrderLine {
  sku: string;
  quantity: number;
  received: number;
  billed: number;
  unitCost: number;
}

export function VendorBillForm({ order }: { order: { id: string; number: string; lines: OrderLine[] } }) {
  const money = useMoney();
  const queryClient = useQueryClient();
  const [reference, setReference] = useState('');
  const [tax, setTax] = useState('');
  const [lines, setLines] = useState(() =>
    Object.fromEntries(order.lines.map((line) => [line.sku, { quantity: String(Math.max(0, line.received - line.billed)), unitCost: minorToInput(line.unitCost, money) }])),
  );
  const [sent, setSent] = useState<string[]>([]);
  const record = useMutation({
    mutationFn: async () => {
      const billed = order.lines
        .map((line) => ({ sku: line.sku, quantity: Number(lines[line.sku]?.quantity ?? 0), unitCost: money.toMinor(lines[line.sku]?.unitCost ?? '') }))
        .filter((line) => line.quantity > 0);
      setSent(billed.map((line) => line.sku));
      return unwrap(
        await api.POST('/api/v1/vendor-bills', {
          body: { purchaseOrder: order.id, reference: reference.trim(), lines: billed, ...(tax.trim() ? { tax: money.toMinor(tax) } : {}) },
          headers: { 'Idempotency-Key': crypto.randomUUID() },
        }),
      );
    },
    onSuccess: () => {
      setReference('');
      void queryClient.invalidateQueries({ queryKey: ['purchase-order'] });
      void queryClient.invalidateQueries({ queryKey: ['purchase-orders'] });
      void queryClient.invalidateQueries({ queryKey: ['vendor-bills'] });
    },
  });
  const fieldError = (path: string) => (record.error instanceof ProblemError ? record.error.fieldMessage(path) : undefined);
  const lineError = (sku: string, field: 'quantity' | 'unitCost') => {
    const index = sent.indexOf(sku);
    return index < 0 ? undefined : (fieldError(`/lines/${index}/${field}`) ?? (field === 'quantity' ? fieldError(`/lines/${index}/sku`) : undefined));
  };
  const set = (sku: string, change: Partial<{ quantity: string; unitCost: string }>) => setLines({ ...lines, [sku]: { quantity: '', unitCost: '', ...lines[sku], ...change } });

  function submit(event: FormEvent) {
    event.preventDefault();
    record.mutate();
  }

  const bill = record.data;
  return (
    <form onSubmit={submit} aria-labelledby="bill-title" className="card purchasing-form">
      <h2 id="bill-title" style={{ marginTop: 0 }}>
        Record vendor bill
      </h2>
      <div className="row">
        <Field label="Vendor’s invoice number" value={reference} onChange={(event) => setReference(event.target.value)} required error={fieldError('/reference')} />
        <Field label="Tax on the bill" inputMode="decimal" placeholder="0" value={tax} onChange={(event) => setTax(event.target.value)} error={fieldError('/tax')} />
      </div>
      {order.lines.map((line) => (
        <div className="row bill-line" key={line.sku}>
          <span className="bill-line-sku">
            <strong>{line.sku}</strong>
            <br />
            <span className="muted">
              received {line.received}, billed {line.billed}, ordered at {money.format(line.unitCost)}
            </span>
          </span>
          <Field
            label={`Quantity billed of ${line.sku}`}
            type="number"
            min={0}
            step={1}
            className="qty-input"
            value={lines[line.sku]?.quantity ?? ''}
            onChange={(event) => set(line.sku, { quantity: event.target.value })}
            error={lineError(line.sku, 'quantity')}
          />
          <Field
            label={`Unit price billed of ${line.sku}`}
            inputMode="decimal"
            className="qty-input"
            value={lines[line.sku]?.unitCost ?? ''}
            onChange={(event) => set(line.sku, { unitCost: event.target.value })}
            error={lineError(line.sku, 'unitCost')}
          />
        </div>
      ))}
      {fieldError('/lines') && <p className="error">{fieldError('/lines')}</p>}
      <div className="actions">
        <button type="submit" disabled={record.isPending}>
          Record bill
        </button>
      </div>
      <ProblemMessage error={record.error} />
      {bill && (
        <div role="status" data-testid="bill-result">
          {bill.status === 'posted' ? (
            <p>
              Bill {bill.number} matched and posted: {money.format(bill.total)}, due {new Date(bill.dueAt).toLocaleDateString()}.
            </p>
          ) : (
            <>
              <p>
                Bill {bill.number} is on hold: {bill.exceptions.length} exception{bill.exceptions.length === 1 ? '' : 's'} to decide under Vendor bills.
              </p>
              <ul>
                {bill.exceptions.map((exception) => (
                  <li key={`${exception.sku}-${exception.kind}`}>{exceptionReason(exception, money.format)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </form>
  );
}
