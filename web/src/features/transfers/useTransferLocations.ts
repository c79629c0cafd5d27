// The stores and warehouses a transfer can move stock between (online locations hold none).
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';

export function useStockLocations() {
  return useQuery({
    queryKey: ['locations', 'stocked'],
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const page = unwrap(await api.GET('/api/v1/locations', { params: { query: { limit: 200 } } }));
      return page.items.filter((location) => location.kind === 'store' || location.kind === 'warehouse');
    },
  });
}

/** Whether the user acts for a location: staff of it, or of every location when their list is empty. */
export function actsFor(userLocations: string[], code: string): boolean {
  return userLocations.length === 0 || userLocations.includes(code);
}
