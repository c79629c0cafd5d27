// The reorder rule being edited in its row: its min, max and multiple as typed, saved as the whole rule.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { ProblemError, unwrap } from '../../api/problem.ts';

export interface ReorderRule {
  id: string;
  sku: string;
  location: string;
  min: number;
  max: number;
  multiple: number;
  trigger: 'auto' | 'manual';
  source: 'purchase' | 'transfer';
  sourceLocation: string | null;
  leadTimeDays: number | null;
  active: boolean;
}

type Editable = 'min' | 'max' | 'multiple';
const LABELS: Record<Editable, string> = { min: 'Min', max: 'Max', multiple: 'Multiple' };

export function useRuleEdit() {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<ReorderRule | undefined>();
  const [typed, setTyped] = useState<Record<Editable, string>>({ min: '', max: '', multiple: '' });
  const save = useMutation({
    mutationFn: async () => {
      if (!editing) throw new Error('nothing to save');
      return unwrap(
        await api.POST('/api/v1/reorder-rules', {
          body: {
            sku: editing.sku,
            location: editing.location,
            min: Number(typed.min),
            max: Number(typed.max),
            multiple: Number(typed.multiple),
            trigger: editing.trigger,
            source: editing.source,
            ...(editing.sourceLocation ? { sourceLocation: editing.sourceLocation } : {}),
            leadTimeDays: editing.leadTimeDays,
            active: editing.active,
          },
        }),
      );
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['reorder-rules'] });
      setEditing(undefined);
    },
  });
  const cellError = (field: Editable) => (save.error instanceof ProblemError ? save.error.fieldMessage(`/${field}`) : undefined);
  const placed = (['min', 'max', 'multiple'] as const).some((field) => cellError(field));
  return {
    editing,
    typed,
    save,
    cellError,
    /** A refusal that names none of the edited cells shows under the table. */
    unplacedError: placed ? undefined : save.error,
    type: (field: Editable, value: string) => setTyped({ ...typed, [field]: value }),
    start: (rule: ReorderRule) => {
      save.reset();
      setEditing(rule);
      setTyped({ min: String(rule.min), max: String(rule.max), multiple: String(rule.multiple) });
    },
    stop: () => {
      save.reset();
      setEditing(undefined);
    },
  };
}

export function RuleCell({ rule, field, edit }: { rule: ReorderRule; field: Editable; edit: ReturnType<typeof useRuleEdit> }) {
  if (edit.editing?.id !== rule.id) return <>{rule[field]}</>;
  const id = `rule-${field}`;
  const error = edit.cellError(field);
  return (
    <div className="field rule-cell">
      <label htmlFor={id}>{LABELS[field]}</label>
      <input
        id={id}
        className="qty-input"
        type="number"
        min={field === 'multiple' ? 1 : 0}
        step={1}
        value={edit.typed[field]}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => edit.type(field, event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') edit.save.mutate();
          if (event.key === 'Escape') edit.stop();
        }}
      />
      {error && (
        <div id={`${id}-error`} className="error">
          {error}
        </div>
      )}
    </div>
  );
}
