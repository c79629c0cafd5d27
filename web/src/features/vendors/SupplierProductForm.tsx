// Adds or changes a vendor's supplier info for one product; the server's reasons show beside the fields.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { ProblemError, unwrap } from '../../api/problem.ts';
import { useMoney } from '../../app/useCompany.ts';
import { Field } from '../../design/Field.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { minorToInput } from '../purchasing/money-input.ts';

export interface SupplierProduct {
  sku: string;
  vendorSku: string | null;
  unitCost: number;
  minOrderQuantity: number;
  orderMultiple: number;
  leadTimeDays: number;
  preferred: boolean;
}

interface FormProps {
  vendor: string;
  editing: SupplierProduct | undefined;
  onSaved: (sku: string) => void;
  onCancel: () => void;
}

export function SupplierProductForm({ vendor, editing, onSaved, onCancel }: FormProps) {
  const money = useMoney();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(() => ({
    sku: editing?.sku ?? '',
    vendorSku: editing?.vendorSku ?? '',
    unitCost: editing ? minorToInput(editing.unitCost, money) : '',
    minOrderQuantity: String(editing?.minOrderQuantity ?? 1),
    orderMultiple: String(editing?.orderMultiple ?? 1),
    leadTimeDays: editing ? String(editing.leadTimeDays) : '',
    preferred: editing?.preferred ?? false,
  }));
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/vendors/{code}/products', {
          params: { path: { code: vendor } },
          body: {
            sku: form.sku.trim(),
            vendorSku: form.vendorSku.trim() || null,
            unitCost: money.toMinor(form.unitCost),
            minOrderQuantity: Number(form.minOrderQuantity),
            orderMultiple: Number(form.orderMultiple),
            leadTimeDays: form.leadTimeDays.trim() === '' ? null : Number(form.leadTimeDays),
            preferred: form.preferred,
          },
        }),
      ),
    onSuccess: async (row) => {
      await queryClient.invalidateQueries({ queryKey: ['supplier-products', vendor] });
      onSaved(row.sku);
    },
  });
  const fieldError = (path: string) => (save.error instanceof ProblemError ? save.error.fieldMessage(path) : undefined);
  const set = (change: Partial<typeof form>) => setForm({ ...form, ...change });

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <form onSubmit={submit} className="card purchasing-form" aria-labelledby="supplier-form-title">
      <h2 id="supplier-form-title" style={{ marginTop: 0 }}>
        {editing ? `Change supplier info of ${editing.sku}` : 'Add supplier info'}
      </h2>
      <div className="row">
        <Field label="SKU" value={form.sku} readOnly={editing !== undefined} onChange={(event) => set({ sku: event.target.value })} required error={fieldError('/sku')} />
        <Field label="Vendor SKU" value={form.vendorSku} onChange={(event) => set({ vendorSku: event.target.value })} error={fieldError('/vendorSku')} />
        <Field label="Unit cost" inputMode="decimal" value={form.unitCost} onChange={(event) => set({ unitCost: event.target.value })} required error={fieldError('/unitCost')} />
      </div>
      <div className="row">
        <Field label="Minimum order quantity" type="number" min={1} step={1} value={form.minOrderQuantity} onChange={(event) => set({ minOrderQuantity: event.target.value })} error={fieldError('/minOrderQuantity')} />
        <Field label="Order multiple" type="number" min={1} step={1} value={form.orderMultiple} onChange={(event) => set({ orderMultiple: event.target.value })} error={fieldError('/orderMultiple')} />
        <Field
          label="Lead time (days)"
          type="number"
          min={0}
          step={1}
          placeholder="vendor’s"
          value={form.leadTimeDays}
          onChange={(event) => set({ leadTimeDays: event.target.value })}
          error={fieldError('/leadTimeDays')}
        />
        <label className="check-field">
          <input type="checkbox" checked={form.preferred} onChange={(event) => set({ preferred: event.target.checked })} /> Preferred vendor of this product
        </label>
      </div>
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          Save supplier info
        </button>
        {editing && (
          <button type="button" className="secondary" onClick={onCancel}>
            Stop editing
          </button>
        )}
      </div>
      <ProblemMessage error={save.error} />
    </form>
  );
}
