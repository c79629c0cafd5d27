// The server's quote of the basket: each line's price, tax and amount and the totals, priced exactly as the
// sale will be. It follows every change of the basket; the previous quote stays on screen while the next loads.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { BasketLine } from './basket.ts';

export function useTillQuote(location: string | undefined, lines: readonly BasketLine[]) {
  const basket = lines.map(({ sku, quantity }) => ({ sku, quantity }));
  return useQuery({
    queryKey: ['till-quote', location, basket],
    enabled: Boolean(location) && basket.length > 0,
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(await api.POST('/api/v1/orders/quote', { body: { channel: 'store', location, fulfillment: 'carry_out', lines: basket } })),
  });
}

