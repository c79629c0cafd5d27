// An open proposal's quantity, changed by the buyer before ordering; the server's reason shows beside it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { ProblemError, unwrap } from '../../api/problem.ts';

export function ProposalQuantity({ proposal }: { proposal: { id: string; sku: string; location: string; quantity: number } }) {
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState(String(proposal.quantity));
  const change = useMutation({
    mutationFn: async (quantity: number) => unwrap(await api.POST('/api/v1/replenishment/proposals/{id}', { params: { path: { id: proposal.id } }, body: { quantity } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['proposals'] }),
  });
  const id = `proposal-${proposal.id}`;
  const error = change.error instanceof ProblemError ? (change.error.fieldMessage('/quantity') ?? change.error.message) : change.error ? 'Not saved. Try again.' : undefined;
  return (
    <form
      className="row"
      onSubmit={(event) => {
        event.preventDefault();
        change.mutate(Number(typed));
      }}
    >
      {/* The word is shown; which line it is, already in the row, is spelled out for screen readers only. */}
      <label htmlFor={id}>
        Quantity<span className="visually-hidden"> of {proposal.sku} for {proposal.location}</span>
      </label>
      <input
        id={id}
        className="qty-input"
        type="number"
        min={1}
        step={1}
        value={typed}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setTyped(event.target.value)}
      />
      {Number(typed) !== proposal.quantity && (
        <button type="submit" className="secondary" disabled={change.isPending}>
          Change
        </button>
      )}
      {error && (
        <span id={`${id}-error`} className="error">
          {error}
        </span>
      )}
    </form>
  );
}
