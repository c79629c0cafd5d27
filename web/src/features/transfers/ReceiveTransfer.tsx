// Receiving a shipped transfer: what arrived per line (all of it by default). A short receipt is allowed; the
// shortfall is written off as a discrepancy, so it is confirmed first.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { ConfirmDialog } from '../../design/ConfirmDialog.tsx';
import { Field } from '../../design/Field.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';

interface Transfer {
  id: string;
  number: string;
  from: string;
  lines: { sku: string; quantity: number }[];
}

export function ReceiveTransfer({ transfer, onDone }: { transfer: Transfer; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [received, setReceived] = useState<Record<string, string>>(Object.fromEntries(transfer.lines.map((line) => [line.sku, String(line.quantity)])));
  const [confirming, setConfirming] = useState(false);
  const short = transfer.lines.filter((line) => Number(received[line.sku]) < line.quantity);
  const receive = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/transfers/{id}/receive', {
          params: { path: { id: transfer.id } },
          body: { lines: transfer.lines.map((line) => ({ sku: line.sku, quantity: Number(received[line.sku]) })) },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['transfers'] });
      onDone();
    },
  });
  return (
    <form
      className="card"
      aria-labelledby="receive-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (short.length > 0) setConfirming(true);
        else receive.mutate();
      }}
    >
      <h2 id="receive-title" style={{ marginTop: 0 }}>Receive {transfer.number} from {transfer.from}</h2>
      <div className="row">
        {transfer.lines.map((line) => (
          <Field
            key={line.sku}
            label={`Received of ${line.sku} (shipped ${line.quantity})`}
            type="number"
            min={0}
            max={line.quantity}
            value={received[line.sku] ?? ''}
            onChange={(event) => setReceived({ ...received, [line.sku]: event.target.value })}
            required
          />
        ))}
      </div>
      <div className="row" style={{ marginTop: 16 }}>
        <button type="submit" disabled={receive.isPending}>
          Confirm receipt
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Close
        </button>
      </div>
      <ProblemMessage error={receive.error} />
      <ConfirmDialog
        open={confirming}
        title={`Receive ${transfer.number} short?`}
        confirmLabel="Receive short"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          receive.mutate();
        }}
      >
        <p>
          Missing: {short.map((line) => `${line.quantity - Number(received[line.sku])} × ${line.sku}`).join(', ')}. The shortfall is written off as
          inventory loss.
        </p>
      </ConfirmDialog>
    </form>
  );
}
