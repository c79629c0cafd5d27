// A buyer drafts a purchase order: the vendor, where the goods go, and lines whose unit cost starts at the vendor's
// price (its supplier info) when it has one. The server's reasons show beside the field or line they name.
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { ProblemError, unwrap } from '../../api/problem.ts';
import { useMoney } from '../../app/useCompany.ts';
import { Field } from '../../design/Field.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { useStockLocations } from '../transfers/useTransferLocations.ts';
import { PurchasingNav } from './PurchasingNav.tsx';
import { minorToInput } from './money-input.ts';

interface Line {
  key: number;
  sku: string;
  quantity: string;
  unitCost: string;
  /** The unit cost was filled from the vendor's price (and follows the SKU until the buyer types one). */
  prefilled: boolean;
}

const blank = (key: number): Line => ({ key, sku: '', quantity: '1', unitCost: '', prefilled: true });

export function NewPurchaseOrderPage() {
  const money = useMoney();
  const navigate = useNavigate();
  const locations = useStockLocations();
  const [vendor, setVendor] = useState('');
  const [location, setLocation] = useState('');
  const [note, setNote] = useState('');
  const [lines, setLines] = useState<Line[]>([blank(0)]);
  const vendors = useQuery({
    queryKey: ['vendors', 'active'],
    staleTime: 60_000,
    queryFn: async () => unwrap(await api.GET('/api/v1/vendors', { params: { query: { limit: 500, active: 'true' } } })),
  });
  const supplied = useQuery({
    queryKey: ['supplier-products', vendor],
    enabled: vendor !== '',
    queryFn: async () => unwrap(await api.GET('/api/v1/vendors/{code}/products', { params: { path: { code: vendor }, query: { limit: 500 } } })),
  });
  const priceOf = (sku: string) => supplied.data?.items.find((item) => item.sku === sku.trim());
  /** What the unit cost field shows: the vendor's price until the buyer types another. */
  const costOf = (line: Line) => {
    if (!line.prefilled) return line.unitCost;
    const price = priceOf(line.sku);
    return price ? minorToInput(price.unitCost, money) : '';
  };

  const create = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/purchase-orders', {
          body: {
            vendor,
            location,
            lines: lines.map((line) => ({
              sku: line.sku.trim(),
              quantity: Number(line.quantity),
              ...(costOf(line).trim() !== '' ? { unitCost: money.toMinor(costOf(line)) } : {}),
            })),
            ...(note.trim() ? { note: note.trim() } : {}),
          },
          headers: { 'Idempotency-Key': crypto.randomUUID() },
        }),
      ),
    onSuccess: (order) => navigate(`/purchasing/orders/${order.number}`),
  });
  // A field changed since the refusal no longer shows the server's message about it.
  const [changed, setChanged] = useState<string[]>([]);
  const fieldError = (path: string) => (create.error instanceof ProblemError && !changed.includes(path) ? create.error.fieldMessage(path) : undefined);
  function setLine(key: number, change: Partial<Line>) {
    const index = lines.findIndex((line) => line.key === key);
    setChanged([...changed, ...Object.keys(change).map((field) => `/lines/${index}/${field}`)]);
    setLines(lines.map((line) => (line.key === key ? { ...line, ...change } : line)));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setChanged([]);
    create.mutate();
  }

  return (
    <section aria-labelledby="new-po-title">
      <h1 id="new-po-title">Purchasing</h1>
      <PurchasingNav />
      <form onSubmit={submit} className="card" aria-labelledby="new-po-form-title">
        <h2 id="new-po-form-title" style={{ marginTop: 0 }}>
          New purchase order
        </h2>
        <div className="row">
          <div className="field">
            <label htmlFor="po-vendor">Vendor</label>
            <select id="po-vendor" value={vendor} onChange={(event) => {
                setVendor(event.target.value);
                setChanged([...changed, '/vendor']);
              }} required>
              <option value="">{vendors.data ? 'Choose…' : 'Loading…'}</option>
              {vendors.data?.items.map((item) => (
                <option key={item.code} value={item.code}>
                  {item.code} · {item.name}
                </option>
              ))}
            </select>
            {fieldError('/vendor') && <div className="error">{fieldError('/vendor')}</div>}
          </div>
          <div className="field">
            <label htmlFor="po-location">Deliver to</label>
            <select id="po-location" value={location} onChange={(event) => {
                setLocation(event.target.value);
                setChanged([...changed, '/location']);
              }} required>
              <option value="">Choose…</option>
              {locations.data?.map((item) => (
                <option key={item.code} value={item.code}>
                  {item.code} · {item.name}
                </option>
              ))}
            </select>
            {fieldError('/location') && <div className="error">{fieldError('/location')}</div>}
          </div>
        </div>
        {vendor && supplied.data && (
          <p className="muted">
            {supplied.data.items.length === 0
              ? 'This vendor has no supplier info: lines cost the product’s cost unless you give a unit cost.'
              : `This vendor supplies ${supplied.data.items.length} product${supplied.data.items.length === 1 ? '' : 's'}; their price fills the unit cost.`}
          </p>
        )}
        <datalist id="po-vendor-skus">
          {supplied.data?.items.map((item) => (
            <option key={item.sku} value={item.sku} />
          ))}
        </datalist>
        {lines.map((line, index) => {
          const price = priceOf(line.sku);
          return (
            <div className="row po-line" key={line.key}>
              <Field label={`SKU of line ${index + 1}`} list="po-vendor-skus" value={line.sku} onChange={(event) => setLine(line.key, { sku: event.target.value })} required error={fieldError(`/lines/${index}/sku`)} />
              <Field
                label={`Quantity of line ${index + 1}`}
                type="number"
                min={1}
                step={1}
                className="qty-input"
                value={line.quantity}
                onChange={(event) => setLine(line.key, { quantity: event.target.value })}
                required
                error={fieldError(`/lines/${index}/quantity`)}
              />
              <Field
                label={`Unit cost of line ${index + 1}`}
                inputMode="decimal"
                className="cost-input"
                placeholder="vendor’s"
                value={costOf(line)}
                onChange={(event) => setLine(line.key, { unitCost: event.target.value, prefilled: event.target.value === '' })}
                error={fieldError(`/lines/${index}/unitCost`)}
              />
              {price && (
                <span className="muted po-line-terms">
                  MOQ {price.minOrderQuantity}, multiple {price.orderMultiple}, {price.leadTimeDays} days
                </span>
              )}
              {lines.length > 1 && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => {
                    // Line indexes move: the server's messages by line no longer point at the right one.
                    create.reset();
                    setLines(lines.filter((other) => other.key !== line.key));
                  }}
                >
                  Remove line {index + 1}
                </button>
              )}
            </div>
          );
        })}
        {fieldError('/lines') && <p className="error">{fieldError('/lines')}</p>}
        <Field label="Note" value={note} onChange={(event) => setNote(event.target.value)} error={fieldError('/note')} />
        <div className="actions">
          <button type="button" className="secondary" onClick={() => setLines([...lines, blank(Math.max(...lines.map((line) => line.key)) + 1)])}>
            Add line
          </button>
          <button type="submit" disabled={create.isPending}>
            Create draft
          </button>
        </div>
        <ProblemMessage error={create.error} />
      </form>
    </section>
  );
}
