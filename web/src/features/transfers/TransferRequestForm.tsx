// Asks for stock to move between two locations. Staff of the source reserve it at once; staff of only the
// destination make a request that the source approves (the server decides which, and says so in the status).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { ProblemError, unwrap } from '../../api/problem.ts';
import { Field } from '../../design/Field.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { useStockLocations } from './useTransferLocations.ts';

interface Line {
  key: number;
  sku: string;
  quantity: string;
}

export function TransferRequestForm() {
  const queryClient = useQueryClient();
  const locations = useStockLocations();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [lines, setLines] = useState<Line[]>([{ key: 0, sku: '', quantity: '1' }]);
  const create = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/transfers', {
          body: { from, to, lines: lines.map((line) => ({ sku: line.sku.trim(), quantity: Number(line.quantity) })) },
          headers: { 'Idempotency-Key': crypto.randomUUID() },
        }),
      ),
    onSuccess: () => {
      setLines([{ key: 0, sku: '', quantity: '1' }]);
      return queryClient.invalidateQueries({ queryKey: ['transfers'] });
    },
  });
  const fieldError = (path: string) => (create.error instanceof ProblemError ? create.error.fieldMessage(path) : undefined);
  const setLine = (key: number, change: Partial<Line>) => setLines(lines.map((line) => (line.key === key ? { ...line, ...change } : line)));

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }

  return (
    <form onSubmit={submit} className="card" aria-labelledby="request-title" style={{ marginBottom: 16 }}>
      <h2 id="request-title" style={{ marginTop: 0 }}>New transfer</h2>
      <div className="row">
        {(
          [
            ['From', from, setFrom, '/from'],
            ['To', to, setTo, '/to'],
          ] as const
        ).map(([label, value, set, path]) => (
          <div className="field" key={label}>
            <label htmlFor={`transfer-${label}`}>{label}</label>
            <select id={`transfer-${label}`} value={value} onChange={(event) => set(event.target.value)} required>
              <option value="">Choose…</option>
              {locations.data?.map((location) => (
                <option key={location.code} value={location.code}>
                  {location.code} · {location.name}
                </option>
              ))}
            </select>
            {fieldError(path) && <div className="error">{fieldError(path)}</div>}
          </div>
        ))}
      </div>
      {lines.map((line, index) => (
        <div className="row" key={line.key}>
          <Field label={`SKU of line ${index + 1}`} value={line.sku} onChange={(event) => setLine(line.key, { sku: event.target.value })} required error={fieldError(`/lines/${index}/sku`)} />
          <Field
            label={`Quantity of line ${index + 1}`}
            type="number"
            min={1}
            value={line.quantity}
            onChange={(event) => setLine(line.key, { quantity: event.target.value })}
            required
            error={fieldError(`/lines/${index}/quantity`)}
          />
          {lines.length > 1 && (
            <button type="button" className="secondary" onClick={() => setLines(lines.filter((other) => other.key !== line.key))}>
              Remove line {index + 1}
            </button>
          )}
        </div>
      ))}
      <div className="row" style={{ marginTop: 16 }}>
        <button type="button" className="secondary" onClick={() => setLines([...lines, { key: Math.max(...lines.map((line) => line.key)) + 1, sku: '', quantity: '1' }])}>
          Add line
        </button>
        <button type="submit" disabled={create.isPending}>
          Create transfer
        </button>
      </div>
      <ProblemMessage error={create.error} />
      {create.data && (
        <p role="status">
          Transfer {create.data.number} {create.data.status === 'requested' ? `requested from ${create.data.from}` : `reserved at ${create.data.from}`}.
        </p>
      )}
    </form>
  );
}
