// The signed-in user and what they may do, read once per session from GET /api/v1/me.
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { unwrap } from '../api/problem.ts';

export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: async () => unwrap(await api.GET('/api/v1/me')), staleTime: Number.POSITIVE_INFINITY });
}
