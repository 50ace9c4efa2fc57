// Who is signed in (GET /auth/me), shared by every page through TanStack Query. A 401 means "nobody", not an error.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Principal } from '../../contracts/auth.ts';
import { api, ApiError } from './client.ts';

export const ME_KEY = ['me'] as const;

async function fetchMe(): Promise<Principal | null> {
  try {
    return await api.get<Principal>('/auth/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000 });
}

/** The signed-in principal inside the console layout, which renders only once it is known. */
export function usePrincipal(): Principal {
  const { data } = useMe();
  if (!data) throw new Error('usePrincipal outside a signed-in layout');
  return data;
}

export function can(principal: Principal, action: string): boolean {
  return principal.permissions.includes(action);
}

export function useSignOut() {
  const client = useQueryClient();
  return async () => {
    await api.post('/auth/logout').catch(() => undefined);
    client.clear();
    client.setQueryData(ME_KEY, null);
  };
}
