// Server state through TanStack Query: one hook per read, errors as ApiError.
import { useQuery } from '@tanstack/react-query';
import { useServices } from '../services.tsx';
import { apiErrorOf, type ApiError } from './problem.ts';
import type { History, Me, ReceivedAlerts, Statement } from './types.ts';

/** openapi-fetch's answer as data, or an ApiError. */
export async function dataOf<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw await apiErrorOf(response, error);
  return data as T;
}

export const queryKeys = {
  me: ['me'],
  statement: ['statement'],
  history: ['history'],
  documents: ['documents'],
  alerts: ['alerts'],
} as const;

export function useMe(enabled = true) {
  const { api } = useServices();
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: () => dataOf(api.GET('/v1/me')) as Promise<Me>,
    enabled,
  });
}

export function useStatement() {
  const { api } = useServices();
  return useQuery<Statement, ApiError>({
    queryKey: queryKeys.statement,
    queryFn: () => dataOf(api.GET('/v1/me/statement')),
  });
}

export function useHistory() {
  const { api } = useServices();
  return useQuery<History, ApiError>({
    queryKey: queryKeys.history,
    queryFn: () => dataOf(api.GET('/v1/me/history')),
  });
}

export function useMyAlerts() {
  const { api } = useServices();
  return useQuery<ReceivedAlerts, ApiError>({
    queryKey: queryKeys.alerts,
    queryFn: () => dataOf(api.GET('/v1/me/alerts')),
  });
}
