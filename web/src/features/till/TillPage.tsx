// The POS till: a scanner types a GTIN and Enter into the Barcode field (a SKU works too); lines can be edited
// and are priced by the server's quote as they change; Pay places a carry-out store order at the associate's
// store and shows the receipt with the totals the server charged. Everything works from the keyboard: the
// Barcode field has the focus, Tab reaches the quantities, the tender and Pay, and the focus returns after paying.
// Below the basket, the click-and-collect orders waiting at the store, handed over from here; above it, for
// those who may read the store's sales (managers), the store's day.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import { ProblemError, unwrap } from '../../api/problem.ts';
import { useMe } from '../../auth/useMe.ts';
import { useMoney } from '../../app/useCompany.ts';
import { Field } from '../../design/Field.tsx';
import { ProblemMessage } from '../../design/ProblemMessage.tsx';
import { StoreToday } from '../store/StoreToday.tsx';
import { PickupsWaiting } from './PickupsWaiting.tsx';
import { BasketTable } from './BasketTable.tsx';
import { Receipt } from './Receipt.tsx';
import { useTillCart } from './useTillCart.ts';
import { quoteOfBasket } from './quote.ts';
import { useTillQuote } from './useTillQuote.ts';

type Tender = 'cash' | 'card';

export function TillPage() {
  const me = useMe();
  const money = useMoney();
  const cart = useTillCart();
  const barcode = useRef<HTMLInputElement>(null);
  const [scanError, setScanError] = useState<string | undefined>();
  const [tender, setTender] = useState<Tender>('cash');
  const location = me.data?.locations[0];

  const pay = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/orders', {
          body: { channel: 'store', location, fulfillment: 'carry_out', tender, lines: cart.lines.map(({ sku, quantity }) => ({ sku, quantity })) },
          headers: { 'Idempotency-Key': crypto.randomUUID() },
        }),
      ),
    onSuccess: () => {
      cart.clear();
      barcode.current?.focus();
    },
  });
  const quote = useTillQuote(location, cart.lines);
  const total = quoteOfBasket(quote.data, cart.lines)?.totals.total;

  async function scan(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = barcode.current;
    const code = input?.value.trim();
    if (!input || !code) return;
    // Cleared at once, not after the lookup: a scanner may type the next code while this one is being looked up.
    input.value = '';
    setScanError(undefined);
    pay.reset();
    try {
      const byBarcode = await api.GET('/api/v1/products/by-barcode/{barcode}', { params: { path: { barcode: code } } });
      const product = byBarcode.response.status === 404 ? unwrap(await api.GET('/api/v1/products/{sku}', { params: { path: { sku: code } } })) : unwrap(byBarcode);
      cart.add({ sku: product.sku, name: product.name });
    } catch (failure) {
      setScanError(failure instanceof ProblemError && failure.problem.status === 404 ? `Nothing has the code ${code}.` : 'The product could not be looked up.');
    }
    input.focus();
  }

  if (!location)
    return (
      <section aria-labelledby="till-title">
        <h1 id="till-title">Till</h1>
        <p>The till sells at the user's store: this user is not assigned to one.</p>
      </section>
    );
  return (
    <section aria-labelledby="till-title" className="till">
      <h1 id="till-title">Till · {location}</h1>
      {me.data?.permissions.includes('reports.sales') && <StoreToday location={location} />}
      <form onSubmit={scan} className="row no-print">
        <Field label="Barcode" ref={barcode} name="barcode" autoComplete="off" autoFocus error={scanError} placeholder="Scan or type a GTIN or SKU" />
        <button type="submit">Add</button>
      </form>
      {cart.lines.length > 0 && <BasketTable lines={cart.lines} quote={quote.data} money={money} onQuantity={cart.setQuantity} />}
      <ProblemMessage error={quote.error} />
      {cart.lines.length > 0 && (
        <div className="row no-print pay-row">
          <fieldset>
            <legend>Tender</legend>
            {(['cash', 'card'] as const).map((option) => (
              <label key={option}>
                <input type="radio" name="tender" value={option} checked={tender === option} onChange={() => setTender(option)} /> {option === 'cash' ? 'Cash' : 'Card'}
              </label>
            ))}
          </fieldset>
          <button type="button" onClick={() => pay.mutate()} disabled={pay.isPending}>
            {total === undefined ? 'Pay' : `Pay ${money.format(total)}`}
          </button>
        </div>
      )}
      <ProblemMessage error={pay.error} />
      {pay.data && <Receipt order={pay.data} money={money} />}
      <PickupsWaiting location={location} />
    </section>
  );
}
